using System.Globalization;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Consultation.Core.Escalations;
using Consultation.Core.Tests.Data.Recording;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Consultation.Core.Tests.Data;

/// <summary>
/// Runs the service's data code as the Api and the Worker call it, wired by AddConsultationCore for
/// SQL Server, against a <see cref="StatementRecorder"/>: every statement the service would send is
/// recorded. Where an empty result would end a path before its later statements, rows are scripted;
/// every batch that can be full is full, so lists are as long as they get. Not run: CurrentCalendar's
/// refresh (a minute on, in the background; it sends the two statements its first load sends), and
/// SQL from outside Core: the Api's demo seeder (only with Demo:Seed), DbUp's journal and Quartz's
/// job-store queries (the libraries' own).
/// </summary>
internal sealed partial class SqlServerRehearsal : IDisposable
{
    private const string Lead = "STC";
    private const string Consulted = "STP";
    private const string Competent = "SKHCN";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;

    private SqlServerRehearsal(int batchSize)
    {
        BatchSize = batchSize;
        var configuration = Configuration(batchSize);
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddMetrics()
            .AddConsultationCore(configuration, "unused.db")
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton(new Db(new RecordingSqlServerDialect(Recorder), "Server=recorded"))
            .BuildServiceProvider();
    }

    public StatementRecorder Recorder { get; } = new();

    public int BatchSize { get; }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private Db Db => Get<Db>();

    public static async Task<SqlServerRehearsal> RunAsync(int batchSize)
    {
        var rehearsal = new SqlServerRehearsal(batchSize);
        await rehearsal.ScanAsync();
        await rehearsal.PublishAsync();
        await rehearsal.ConsultAsync();
        await rehearsal.MailAsync();
        await rehearsal.WebhooksAsync();
        await rehearsal.KeepCalendarAsync();
        await rehearsal.ReportAsync();
        await rehearsal.KeepRecordsAsync();
        return rehearsal;
    }

    /// <summary>The largest Escalation:BatchSize that start-up accepts on SQL Server, found by asking its validation.</summary>
    public static int LargestBatchSize()
    {
        var (accepted, refused) = (1, 10_001);
        while (refused - accepted > 1)
        {
            var size = (accepted + refused) / 2;
            (accepted, refused) = Accepts(size) ? (size, refused) : (accepted, size);
        }
        return accepted;
    }

    public void Dispose() => _services.Dispose();

    private static bool Accepts(int batchSize)
    {
        var configuration = Configuration(batchSize);
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddConsultationCore(configuration, "unused.db").BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<EscalationOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException)
        {
            return false;
        }
    }

    private static IConfiguration Configuration(int batchSize) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Consultation"] = "Server=recorded",
            ["Escalation:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        }).Build();

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A full batch of scripted rows.</summary>
    private List<object> Full(Func<object> row) => [.. Enumerable.Range(0, BatchSize).Select(_ => row())];

    private AuditEntry Audit(string action) =>
        new() { At = Now, Actor = "rehearsal", AgencyCode = Lead, Action = action, Entity = "consultation", EntityId = Guid.NewGuid().ToString() };
}
