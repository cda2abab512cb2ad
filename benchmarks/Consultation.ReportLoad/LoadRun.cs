using System.Diagnostics;
using Consultation.Core;
using Consultation.Core.Data;
using Consultation.Core.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consultation.ReportLoad;

internal sealed class LoadRun(string server, int agencies, int assignments)
{
    private const int Runs = 7;

    public async Task RunAsync()
    {
        var database = $"consultation_reports_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var year = new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var now = new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);
        await using var services = Build(connectionString, now);
        try
        {
            services.GetRequiredService<SchemaMigrator>().Migrate();
            var seeding = Stopwatch.StartNew();
            await Seeder.SeedAsync(connectionString, agencies, assignments, year.Start, now);
            Console.WriteLine($"seeded {agencies:N0} agencies and {assignments:N0} assignments over {year.From:yyyy} in {seeding.Elapsed.TotalSeconds:F1} s");

            var reports = services.GetRequiredService<NonCooperationReports>();
            var generator = services.GetRequiredService<ReportGenerator>();
            var scorecards = services.GetRequiredService<Scorecards>();
            var all = await TimeAsync("province-wide report, a year (computed)", () => reports.ComputeAsync(NonCooperationReport.All, year));
            Console.WriteLine($"  {all.Agencies.Count} agencies, {all.Agencies.Sum(a => a.Assigned):N0} assignments, "
                + $"{all.Agencies.Sum(a => a.Incidents.Count):N0} incidents listed, {all.Proposed.Count} proposed");
            await TimeAsync("one lead unit's report, a year (computed)", () => reports.ComputeAsync(Seeder.Code(0), year));
            await TimeAsync("scorecard ranking, a year", () => scorecards.RankAsync(year));
            await TimeAsync("one agency's scorecard with 12 months", () => scorecards.ForAgencyAsync(Seeder.Code(1), "A001", year));
            var rendered = await TimeAsync("province-wide report rendered (JSON, Word, Excel)", () => generator.RenderAsync(all), runs: 3);
            Console.WriteLine($"  JSON {rendered.Json.Length / 1024:N0} KiB, Word {rendered.Docx.Length / 1024:N0} KiB, Excel {rendered.Xlsx.Length / 1024:N0} KiB");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> several times after one warm-up and prints the median and the worst.</summary>
    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> work, int runs = Runs)
    {
        var result = await work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = await work();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{what}: median {times[times.Count / 2]:N0} ms, worst {times[^1]:N0} ms ({runs} runs after a warm-up)");
        return result;
    }

    private static ServiceProvider Build(string connectionString, DateTimeOffset now)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Consultation"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
        services.AddConsultationCore(configuration, "unused.db");
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new FixedClock(now));
        return services.BuildServiceProvider();
    }
}
