using System.Net.Http.Json;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>A queue of the test's own with a known depth, declared and filled through RabbitMQ's management API.</summary>
public sealed class SpecQueue(Uri management, string name) : IAsyncDisposable
{
    private readonly HttpClient _http = Management(management);

    public string Name { get; } = name;

    public static async Task<SpecQueue> FillAsync(Uri management, int messages)
    {
        var queue = new SpecQueue(management, $"consultation-ops-spec-{Guid.NewGuid():N}");
        using var declared = await queue._http.PutAsJsonAsync($"api/queues/%2F/{queue.Name}", new { durable = false, auto_delete = false });
        declared.EnsureSuccessStatusCode();
        for (var i = 0; i < messages; i++)
        {
            using var published = await queue._http.PostAsJsonAsync("api/exchanges/%2F/amq.default/publish",
                new { properties = new { }, routing_key = queue.Name, payload = $"spec {i}", payload_encoding = "string" });
            published.EnsureSuccessStatusCode();
        }
        await queue.WaitForDepthAsync(messages);
        return queue;
    }

    /// <summary>The management API samples queue lengths every few seconds; wait until it reports what was published.</summary>
    private async Task WaitForDepthAsync(int depth)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var queue = await _http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"api/queues/%2F/{Name}");
            if (queue?["messages"]?.GetValue<long>() == depth)
            {
                return;
            }
            await Task.Delay(500);
        }
        Assert.Fail($"RabbitMQ never reported {depth} messages in {Name}.");
    }

    public async ValueTask DisposeAsync()
    {
        using var deleted = await _http.DeleteAsync($"api/queues/%2F/{Name}");
        _http.Dispose();
    }

    private static HttpClient Management(Uri management)
    {
        var http = new HttpClient { BaseAddress = management };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return http;
    }

    public static Uri RequireManagement()
    {
        RabbitBroker.Require();
        var url = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_MANAGEMENT");
        if (string.IsNullOrEmpty(url))
        {
            Assert.Ignore("The RabbitMQ management API is not configured: set CONSULTATION_TEST_RABBITMQ_MANAGEMENT.");
        }
        return new Uri(url!);
    }
}
