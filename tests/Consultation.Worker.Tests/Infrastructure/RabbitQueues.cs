using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>Deletes a test's durable queues (its consumers' queues and their <c>_error</c> queues) through the management API.</summary>
public static class RabbitQueues
{
    public static async Task DeleteAsync(string namePrefix)
    {
        using var http = Management();
        if (http is null)
        {
            return;
        }
        var queues = await http.GetFromJsonAsync<JsonArray>("api/queues/%2F?columns=name") ?? [];
        foreach (var name in queues.Select(q => q?["name"]?.GetValue<string>()).OfType<string>().Where(n => n.StartsWith(namePrefix, StringComparison.Ordinal)))
        {
            using var deleted = await http.DeleteAsync(new Uri($"api/queues/%2F/{Uri.EscapeDataString(name)}", UriKind.Relative));
            Assert.That(deleted.IsSuccessStatusCode, Is.True, $"deleting the test queue {name}");
        }
    }

    /// <summary>How many messages wait in <paramref name="queue"/>, or null when the management API is not configured.</summary>
    public static async Task<int?> DepthAsync(string queue)
    {
        using var http = Management();
        if (http is null)
        {
            return null;
        }
        using var response = await http.GetAsync(new Uri($"api/queues/%2F/{Uri.EscapeDataString(queue)}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }
        var queueInfo = await response.Content.ReadFromJsonAsync<JsonObject>();
        return queueInfo?["messages"]?.GetValue<int>() ?? 0;
    }

    private static HttpClient? Management()
    {
        var management = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_MANAGEMENT");
        if (management is null)
        {
            return null;
        }
        var http = new HttpClient { BaseAddress = new Uri(management) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return http;
    }
}
