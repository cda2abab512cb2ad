using Consultation.Core.Auditing;
using Consultation.Core.Escalations;
using Consultation.Core.Webhooks;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Consultation.Worker.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Webhooks;

/// <summary>
/// Events reach agencies' e-office systems as signed webhooks, from the database, over the real broker:
/// each agency only its own, each delivery until accepted and once by its webhook-id.
/// </summary>
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqliteDb))]
public sealed class When_e_office_systems_receive_webhooks<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly AuditEntry Audit = new() { Actor = "test", Action = "test", Entity = "test", EntityId = "test" };
    private readonly List<Guid> _endpoints = [];
    private readonly List<WebhookReceiver> _receivers = [];

    [TearDown]
    public async Task RemoveEndpoints()
    {
        // Deleting an endpoint cancels what still waits for it, so no other test's run posts to a receiver that is gone.
        foreach (var id in _endpoints)
        {
            await Worker.Services.GetRequiredService<WebhookEndpoints>().DeleteAsync(id, null, Audit with { At = Now });
        }
        foreach (var receiver in _receivers)
        {
            await receiver.DisposeAsync();
        }
        _endpoints.Clear();
        _receivers.Clear();
    }

    [Test]
    public async Task Should_sign_each_delivery_so_that_an_independent_verifier_accepts_it()
    {
        var receiver = Receiver();
        var (endpoint, secret) = await RegisterAsync("STP", receiver, EscalationKinds.Requested);
        var (id, _) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "STP");

        await Worker.RunJobsAsync();
        await WaitForDeliveriesAsync(endpoint, 1);
        var run = await DispatchAsync();

        Assert.That(run.Delivered, Is.EqualTo(1));
        var received = receiver.Accepted.Single();
        Assert.That(await IndependentVerifier.VerifyAsync(secret, [received]), Is.EqualTo(new[] { true }));
        Assert.That(await IndependentVerifier.VerifyAsync(secret, [received with { Body = received.Body.Replace("STP", "SXD") }]), Is.EqualTo(new[] { false }),
            "the verifier refuses a body that was changed");
        Assert.That(received.Signature, Does.StartWith("v1,"));
        Assert.That(long.Parse(received.Timestamp, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Now.ToUnixTimeSeconds()));
        Assert.That(received.Json["type"]!.GetValue<string>(), Is.EqualTo("requested"));
        Assert.That(received.Data["consultationId"]!.GetValue<Guid>(), Is.EqualTo(id));
        Assert.That(received.Data["role"]!.GetValue<string>(), Is.EqualTo("consulted"));
        Assert.That(received.Data["agencyCode"]!.GetValue<string>(), Is.EqualTo("STP"));
        Assert.That(received.Data["reason"]!.GetValue<string>(), Is.EqualTo("Theo chức năng quản lý nhà nước"));
        var log = await Worker.Services.GetRequiredService<WebhookOutbox>().LogAsync(endpoint);
        Assert.That(log.Single().Id.ToString(), Is.EqualTo(received.Id), "webhook-id is the delivery's id");
        Assert.That(log.Single().Status, Is.EqualTo("delivered"));
    }

    [Test]
    public async Task Should_deliver_everything_once_when_a_receiver_that_was_down_returns()
    {
        var receiver = Receiver();
        var (endpoint, _) = await RegisterAsync("SXD", receiver, EscalationKinds.Requested);
        for (var i = 0; i < 3; i++)
        {
            await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "SXD");
        }
        await Worker.RunJobsAsync();
        await WaitForDeliveriesAsync(endpoint, 3);

        receiver.ReplyCode = 503;
        var unavailable = await DispatchAsync();
        await receiver.StopAsync();
        Clock.Advance(TimeSpan.FromSeconds(31));
        var refused = await DispatchAsync();
        var tooSoon = await DispatchAsync();
        receiver.ReplyCode = null;
        receiver.StartAgain();
        Clock.Advance(TimeSpan.FromSeconds(61));
        var back = await DispatchAsync();
        Clock.Advance(TimeSpan.FromHours(2));
        var after = await DispatchAsync();

        Assert.That(unavailable, Is.EqualTo(new WebhookRun(0, 3, 0)));
        Assert.That(refused, Is.EqualTo(new WebhookRun(0, 3, 0)), "refused connections are retried too");
        Assert.That(tooSoon, Is.EqualTo(new WebhookRun(0, 0, 0)), "the second wait is 60 s, doubled");
        Assert.That(back, Is.EqualTo(new WebhookRun(3, 0, 0)));
        Assert.That(after, Is.EqualTo(new WebhookRun(0, 0, 0)));
        var accepted = receiver.Accepted.Select(r => r.Id).ToList();
        Assert.That(accepted, Is.Unique.And.Count.EqualTo(3));
        Assert.That(receiver.Received.Where(r => r.StatusCode == 503).Select(r => r.Id), Is.EquivalentTo(accepted), "the same webhook-id on every attempt");
        var log = await Worker.Services.GetRequiredService<WebhookOutbox>().LogAsync(endpoint);
        Assert.That(log.Select(d => d.Log.Select(a => a.StatusCode)), Has.All.EqualTo(new int?[] { 503, null, 204 }));
    }

    [Test]
    public async Task Should_send_each_agency_only_its_own_events()
    {
        var lead = Receiver();
        var late = Receiver();
        var bystander = Receiver();
        await RegisterAsync("STC", lead, EscalationKinds.Overdue);
        var (lateEndpoint, _) = await RegisterAsync("SYT", late, EscalationKinds.Overdue, EscalationKinds.Requested);
        await RegisterAsync("SCT", bystander, EscalationKinds.Overdue, EscalationKinds.Requested);
        var due = WorkingDaysFromNow(2);
        var (id, _) = await Facts.OpenAsync(Now, due, false, "SYT", "SNV");
        await Worker.RunJobsAsync();
        await WaitForDeliveriesAsync(lateEndpoint, 1);

        MoveToFirstWorkingDayAfter(due, 10);
        await Worker.RunJobsAsync();
        await WaitForDeliveriesAsync(lateEndpoint, 2);
        await WaitForAsync(() => CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE event_type = 'overdue' AND payload LIKE @id", new { id = $"%{id}%" }), 3);
        await DispatchAsync();

        var toLead = lead.Accepted.Where(r => r.Data["consultationId"]!.GetValue<Guid>() == id).ToList();
        var toLate = late.Accepted.Where(r => r.Data["consultationId"]!.GetValue<Guid>() == id).ToList();
        Assert.That(toLead.Select(r => r.Data["agencyCode"]!.GetValue<string>()), Is.EquivalentTo(new[] { "SYT", "SNV" }));
        Assert.That(toLead.Select(r => r.Data["role"]!.GetValue<string>()), Has.All.EqualTo("lead"));
        Assert.That(toLate.Select(r => (r.Json["type"]!.GetValue<string>(), r.Data["agencyCode"]!.GetValue<string>())),
            Is.EquivalentTo(new[] { ("requested", "SYT"), ("overdue", "SYT") }));
        Assert.That(toLate.Select(r => r.Body), Has.None.Contains("SNV"), "nothing of the other consulted agency");
        Assert.That(bystander.Received, Is.Empty);
    }

    [Test]
    public async Task Should_add_nothing_when_an_event_is_recorded_again()
    {
        var receiver = Receiver();
        var (endpoint, _) = await RegisterAsync("SCT", receiver, EscalationKinds.DueSoon);
        var outbox = Worker.Services.GetRequiredService<WebhookOutbox>();
        var recorded = new WebhookEvent(Guid.NewGuid(), EscalationKinds.DueSoon, "SCT", """{"type":"due_soon"}""");

        var first = await outbox.RecordAsync([recorded]);
        var again = await outbox.RecordAsync([recorded]);
        var otherType = await outbox.RecordAsync([recorded with { EventId = Guid.NewGuid(), Type = EscalationKinds.Overdue }]);

        Assert.That((first, again, otherType), Is.EqualTo((1, 0, 0)));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = @endpoint", new { endpoint }), Is.EqualTo(1));
    }

    private WebhookReceiver Receiver()
    {
        var receiver = WebhookReceiver.Start();
        _receivers.Add(receiver);
        return receiver;
    }

    private async Task<(Guid Id, string Secret)> RegisterAsync(string agency, WebhookReceiver receiver, params string[] types)
    {
        var secret = WebhookSecret.Generate();
        var endpoint = new WebhookEndpoint { Id = Guid.NewGuid(), AgencyCode = agency, Url = receiver.Url, EventTypes = types, CreatedAt = Now };
        var protectedSecret = Worker.Services.GetRequiredService<WebhookSecret>().Protect(secret);
        Assert.That(await Worker.Services.GetRequiredService<WebhookEndpoints>().AddAsync(endpoint, protectedSecret, 100, Audit with { At = Now }), Is.True);
        _endpoints.Add(endpoint.Id);
        return (endpoint.Id, secret);
    }

    private Task<WebhookRun> DispatchAsync() => Worker.Services.GetRequiredService<WebhookDispatcher>().RunAsync(CancellationToken.None);

    private Task WaitForDeliveriesAsync(Guid endpoint, int count) =>
        WaitForAsync(() => CountAsync("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = @endpoint", new { endpoint }), count);

    /// <summary>The consumers record deliveries as the broker hands them the events: waits until they have.</summary>
    private static async Task WaitForAsync(Func<Task<int>> count, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var seen = await count();
        while (seen < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            seen = await count();
        }
        Assert.That(seen, Is.EqualTo(expected));
    }
}
