using BenchmarkDotNet.Attributes;
using Consultation.Core.Calendar;

namespace Consultation.Benchmarks;

/// <summary>The one-off cost paid after an override changes: a fresh calendar resolving one year (lunar dates included).</summary>
[SimpleJob]
[MemoryDiagnoser]
public class PlanYearBenchmark
{
    [Benchmark]
    public int PlanOneYear() => new VietnamWorkingCalendar(OfficialSchedules.Seed).YearSummary(2026).DaysOff.Count;
}
