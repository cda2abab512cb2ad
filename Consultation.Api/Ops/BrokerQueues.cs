using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Consultation.Worker;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Ops;

/// <summary>Reads queue depths and rates from RabbitMQ's management HTTP API, when one is configured.</summary>
public sealed class BrokerQueues(IHttpClientFactory http, IOptions<MessagingOptions> options)
{
    public bool Configured => options.Value.RabbitMq.ManagementUrl is not null;

    /// <summary>The queues, or null with the reason when the management API cannot be read.</summary>
    public async Task<(IReadOnlyList<QueueStat>? Queues, string? Error)> ListAsync(CancellationToken cancellationToken)
    {
        var rabbit = options.Value.RabbitMq;
        if (rabbit.ManagementUrl is null)
        {
            return (null, null);
        }
        try
        {
            using var client = http.CreateClient("rabbitmq-management");
            client.Timeout = TimeSpan.FromSeconds(3);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
            var vhost = Uri.EscapeDataString(rabbit.VirtualHost);
            await using var body = await client.GetStreamAsync(new Uri(rabbit.ManagementUrl, $"api/queues/{vhost}"), cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return (json.RootElement.EnumerateArray().Select(Read).OrderBy(q => q.Name, StringComparer.Ordinal).ToList(), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (null, e.Message);
        }
    }

    private static QueueStat Read(JsonElement q) => new(
        q.GetProperty("name").GetString() ?? "",
        Long(q, "messages"),
        Long(q, "messages_unacknowledged"),
        Long(q, "consumers"),
        Rate(q, "publish_details"),
        Rate(q, "deliver_get_details"));

    private static long Long(JsonElement q, string name) =>
        q.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    private static double Rate(JsonElement q, string name) =>
        q.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty(name, out var d) && d.TryGetProperty("rate", out var r)
            ? r.GetDouble() : 0;
}
