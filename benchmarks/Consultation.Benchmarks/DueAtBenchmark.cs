using BenchmarkDotNet.Attributes;
using Consultation.Core.Calendar;

namespace Consultation.Benchmarks;

/// <summary>
/// The target is at least 1,000,000 five-working-day deadlines per second on one core. Each
/// invocation computes 1,000 deadlines from instants spread over 2025–2027, so the reported time
/// is per deadline; 1 µs or less meets the target.
/// </summary>
[SimpleJob]
[MemoryDiagnoser]
public class DueAtBenchmark
{
    private const int Deadlines = 1_000;

    private readonly DateTimeOffset[] _receivedAt = new DateTimeOffset[Deadlines];
    private VietnamWorkingCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = new VietnamWorkingCalendar(OfficialSchedules.Seed);
        var random = new Random(2025);
        var from = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks - from.Ticks;
        for (var i = 0; i < Deadlines; i++)
        {
            _receivedAt[i] = from.AddTicks(random.NextInt64(span));
        }
        // Planning a year happens once per calendar (per override change); measure the steady state.
        _ = DueInFiveWorkingDays();
    }

    [Benchmark(OperationsPerInvoke = Deadlines)]
    public long DueInFiveWorkingDays()
    {
        var checksum = 0L;
        foreach (var receivedAt in _receivedAt)
        {
            checksum ^= _calendar.DueAt(receivedAt, 5).UtcTicks;
        }
        return checksum;
    }
}
