using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Webhooks;

namespace Consultation.Worker.Webhooks;

/// <summary>
/// Records an event's webhook deliveries for the agencies its consumer tells: the consumers decide who
/// learns of an event (the same agencies they mail, never a head or the supervisor in person), so a
/// webhook reaches exactly the agencies an email does. The body is fixed here, once, so every attempt
/// of a delivery posts the same bytes.
/// </summary>
public sealed class WebhookRecorder(WebhookOutbox outbox, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<int> ToLeadAsync(string type, WebhookData data, CancellationToken cancellationToken) =>
        RecordAsync(type, data, true, false, cancellationToken);

    public Task<int> ToConsultedAsync(string type, WebhookData data, CancellationToken cancellationToken) =>
        RecordAsync(type, data, false, true, cancellationToken);

    public Task<int> ToBothAsync(string type, WebhookData data, CancellationToken cancellationToken) =>
        RecordAsync(type, data, true, true, cancellationToken);

    private Task<int> RecordAsync(string type, WebhookData data, bool lead, bool consulted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = new List<WebhookEvent>();
        if (lead)
        {
            events.Add(Event(type, data.LeadAgencyCode, data with { Role = "lead" }, now));
        }
        if (consulted)
        {
            events.Add(Event(type, data.AgencyCode, data with { Role = "consulted" }, now));
        }
        return outbox.RecordAsync(events, cancellationToken);
    }

    private static WebhookEvent Event(string type, string agencyCode, WebhookData data, DateTimeOffset now) =>
        new(data.EscalationId, type, agencyCode, JsonSerializer.Serialize(new { type, timestamp = now, data }, Json));
}
