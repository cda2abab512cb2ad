using Consultation.EscalationLoad;

// A load harness, not a test: PostgreSQL and RabbitMQ on loopback, 1,000,000 open assignments of
// which 100,000 fall due at once. Usage (tests/run.sh prints the variables it exports):
//   dotnet run -c Release --project benchmarks/Consultation.EscalationLoad -- <postgres-connection> <rabbitmq-port> [open] [due]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Consultation.EscalationLoad <postgres-connection-string> <rabbitmq-port> [open=1000000] [due=100000]");
    return 2;
}
var open = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var due = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
await new LoadRun(args[0], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), open, due).RunAsync();
return 0;
