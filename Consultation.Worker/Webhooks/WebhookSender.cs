using System.Globalization;
using System.Text;
using Consultation.Core.Webhooks;

namespace Consultation.Worker.Webhooks;

/// <summary>
/// Posts one delivery, signed as Standard Webhooks specifies: <c>webhook-id</c> is the delivery's id,
/// the same on every attempt so a receiver can drop a repeat; <c>webhook-timestamp</c> is the moment of
/// this attempt; <c>webhook-signature</c> signs both with the body. The client does not follow redirects:
/// a receiver that moved is registered again, so a signed body never goes where nobody registered.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookSecret secrets, TimeProvider clock)
{
    public const string Client = "webhooks";

    /// <summary>The receiver's status code, or null and the reason when no answer came.</summary>
    public async Task<(int? StatusCode, string? Error)> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var id = delivery.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var secret = secrets.Unprotect(delivery.SecretProtected);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSecret.Sign(secret, id, timestamp, delivery.Payload));
        try
        {
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return (code, code is >= 200 and < 300 ? null : $"HTTP {code} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "No answer within the timeout.");
        }
    }
}
