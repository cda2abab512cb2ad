using System.Globalization;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Consultation.Worker.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// A worker that sends mail to a real SMTP server in the test process. Each test registers agencies of
/// its own, so the mails it reads hold its items alone, however many other tests share the fixture.
/// The consolidation window is the default 60 s, on the fixture's fake clock.
/// </summary>
public abstract class MailScenario<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    protected SmtpSink Smtp { get; private set; } = null!;

    protected override async Task<IDictionary<string, string?>> WorkerSettingsAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Mail:From"] = "theodoi.laykien@daklak.test",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:Timeout"] = "00:00:05",
            ["Mail:Smtp:RetryAttempts"] = "2",
            ["Mail:Smtp:RetryDelay"] = "00:00:00.050",
            ["Mail:RetryDelay"] = "00:00:30",
            ["Mail:MaxRetryDelay"] = "00:05:00",
        };
    }

    [OneTimeTearDown]
    public async Task StopSmtp()
    {
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }

    /// <summary>Registers an agency under a fresh code and returns the code.</summary>
    protected async Task<string> AgencyAsync(string name, string? headName = null)
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
        await Facts.AgencyAsync(code, name, headName);
        return code;
    }

    protected static string Address(string code) => $"{code.ToLowerInvariant()}@daklak.test";

    protected static string HeadAddress(string code) => $"head.{code.ToLowerInvariant()}@daklak.test";

    protected static string DocumentNumber(string lead) => $"{Random.Shared.Next(100, 1000)}-{Guid.NewGuid().ToString("N")[..6]}/{lead}-VP";

    /// <summary>Waits until the consumers have recorded <paramref name="count"/> items of <paramref name="kind"/> for the consultations.</summary>
    protected async Task WaitForItemsAsync(IReadOnlyCollection<Guid> consultations, string kind, int count)
    {
        var dialect = Worker.Services.GetRequiredService<Db>().Dialect;
        var sql = $"SELECT COUNT(*) FROM mail_items WHERE kind = @kind AND {dialect.InList("consultation_id", "ids")}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var found = 0;
        while (DateTime.UtcNow < deadline && (found = await CountAsync(sql, new { kind, ids = dialect.Ids(consultations) })) < count)
        {
            await Task.Delay(100);
        }
        Assert.That(found, Is.EqualTo(count), $"{kind} items recorded by the consumers");
    }

    /// <summary>Lets the consolidation window close, then runs the mail job once.</summary>
    protected async Task<MailRun> DispatchAsync()
    {
        Clock.Advance(Window + TimeSpan.FromSeconds(1));
        return await Worker.Mail.RunAsync();
    }

    protected IReadOnlyList<ReceivedMail> MailsTo(string address) => Smtp.To(address);
}
