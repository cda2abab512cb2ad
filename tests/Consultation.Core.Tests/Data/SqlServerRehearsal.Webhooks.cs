using Consultation.Core.Escalations;
using Consultation.Core.Webhooks;

namespace Consultation.Core.Tests.Data;

internal sealed partial class SqlServerRehearsal
{
    // Webhooks:BatchSize at its largest.
    private const int DeliveriesPerClaim = 1000;

    /// <summary>Endpoints registered, listed, rotated, deleted; deliveries recorded, claimed, marked, logged, re-driven.</summary>
    private async Task WebhooksAsync()
    {
        var endpoints = Get<WebhookEndpoints>();
        var endpoint = new WebhookEndpoint { Id = Guid.NewGuid(), AgencyCode = Consulted, Url = "https://eoffice.stp.daklak.test/hooks", EventTypes = [EscalationKinds.Overdue], CreatedAt = Now };
        await endpoints.AddAsync(endpoint, "protected", 10, Audit("webhook.registered"));
        await endpoints.ListAsync(Consulted);
        await endpoints.ListAsync(null);
        await endpoints.FindAsync(endpoint.Id, Consulted);
        await endpoints.RotateSecretAsync(endpoint.Id, Consulted, "protected again", Audit("webhook.secret_rotated"));

        var outbox = Get<WebhookOutbox>();
        Recorder.Returns("FROM webhook_endpoints WHERE deleted_at IS NULL", new { endpoint.Id, endpoint.AgencyCode, EventTypes = "overdue,requested" });
        await outbox.RecordAsync([new WebhookEvent(Guid.NewGuid(), EscalationKinds.Overdue, Consulted, "{}"), new WebhookEvent(Guid.NewGuid(), EscalationKinds.Requested, Consulted, "{}")]);
        await outbox.BacklogAsync();

        var ids = Enumerable.Range(0, DeliveriesPerClaim).Select(_ => Guid.NewGuid()).ToList();
        Recorder.Returns("SELECT TOP (1000) d.id FROM webhook_deliveries", ids.Select(id => new { Id = id }))
            .Returns("d.payload, d.attempts", ids.Select(id => new
            {
                Id = id,
                endpoint.Url,
                SecretProtected = "protected",
                Payload = "{}",
                Attempts = 1,
                CreatedAt = Now,
                GiveUpAt = Now.AddDays(3),
            }));
        var claimed = await outbox.ClaimDueAsync(DeliveriesPerClaim, TimeSpan.FromMinutes(5));
        await outbox.MarkDeliveredAsync(claimed[0].Id, 204);
        await outbox.MarkAttemptFailedAsync(claimed[1], 503, "HTTP 503");
        await outbox.ReleaseAsync(claimed.Skip(2).Select(d => d.Id).ToList());

        Recorder.Returns("FROM webhook_deliveries WHERE endpoint_id", ids.Take(100).Select(id => new { Id = id, EventId = id, EventType = "overdue", Status = "pending", Attempts = 1, CreatedAt = Now }));
        await outbox.LogAsync(endpoint.Id);
        await outbox.FailedAsync();
        await outbox.RetryFailedAsync(claimed[1].Id);
        await endpoints.DeleteAsync(endpoint.Id, Consulted, Audit("webhook.deleted"));
    }
}
