using System.Globalization;
using Consultation.Comparison;

// A harness, not a test: the real worker against the raw broker and the schedulers people would pick
// instead, on the same deadlines, in one run. Usage (tests/run.sh's variables name the servers):
//   dotnet run -c Release --project benchmarks/Consultation.Comparison -- \
//     <postgres-connection> <amqp-port> <rabbitmq-management-url> [open=1000000] [due=100000] [quartz=20000] [hangfire=10000]
// The harness starts each contender as a process of its own (for its memory) with: contender <settings-file>.
if (args is ["contender", var settingsFile])
{
    return await Contender.RunAsync(settingsFile);
}
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Consultation.Comparison <postgres-connection-string> <amqp-port> <rabbitmq-management-url> [open=1000000] [due=100000] [quartz=20000] [hangfire=10000]");
    return 2;
}
int Count(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var due = Count(4, 100_000);
var plan = new ComparisonPlan(
    Postgres: args[0],
    AmqpPort: int.Parse(args[1], CultureInfo.InvariantCulture),
    Management: new Uri(args[2]),
    Open: Count(3, 1_000_000),
    Due: due,
    Quartz: Count(5, Math.Min(due, 20_000)),
    Hangfire: Count(6, 10_000));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl+C ends the run through its clean-up, not around it.
    e.Cancel = true;
    stop.Cancel();
};
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    stop.Cancel();
});
return await new ComparisonRun(plan).RunAsync(stop.Token);
