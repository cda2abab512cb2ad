using Consultation.ReportLoad;

// A load harness, not a test: a province-size year (200 agencies, 50,000 assignments) on PostgreSQL,
// then the consolidated reports and the scorecard ranking timed over it. Usage:
//   dotnet run -c Release --project benchmarks/Consultation.ReportLoad -- <postgres-connection> [agencies] [assignments]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Consultation.ReportLoad <postgres-connection-string> [agencies=200] [assignments=50000]");
    return 2;
}
var agencies = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
var assignments = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
await new LoadRun(args[0], agencies, assignments).RunAsync();
return 0;
