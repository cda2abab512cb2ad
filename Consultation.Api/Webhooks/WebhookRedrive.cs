using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Consultation.Core.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Webhooks;

/// <summary>Re-drives a failed delivery, for the admin API and the ops page: pending again, same webhook-id, audited.</summary>
public static class WebhookRedrive
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Redrive(
        Guid id, WebhookOutbox outbox, Db db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        await RedriveAsync(id, outbox, db, clock, Caller.From(http.User), ct) ? TypedResults.NoContent() : Problem.NotFound(http, "delivery_not_failed");

    public static async Task<bool> RedriveAsync(Guid id, WebhookOutbox outbox, Db db, TimeProvider clock, Caller caller, CancellationToken ct)
    {
        if (!await outbox.RetryFailedAsync(id, ct))
        {
            return false;
        }
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = clock.GetUtcNow(),
                Actor = caller.Actor,
                Action = "webhook.redriven",
                Entity = "webhook_delivery",
                EntityId = id.ToString(),
            });
            return 0;
        }, ct);
        return true;
    }
}
