using System.Text;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// Sends <see cref="HostileRequest"/>s as written: headers unvalidated and UTF-8 where a client puts
/// non-ASCII, no redirects, no cookies, each with the API key of the role it is sent as.
/// </summary>
public sealed class SweepClient(Uri server, IReadOnlyDictionary<string, string?> keysByRole) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
    });

    public IReadOnlyCollection<string> Roles => [.. keysByRole.Keys];

    /// <summary>
    /// Sends the request, again when the connection broke: a server that refuses an oversized body
    /// before reading it all closes the connection under a client still sending, which then may lose
    /// the answer. The attempts are counted, so that a connection that always breaks still shows.
    /// </summary>
    public async Task<SweepResult> SendAsync(HostileRequest request)
    {
        var result = await SendOnceAsync(request);
        // On a loaded machine the lost answer repeats now and then; a server that is really broken fails all ten.
        for (var attempt = 2; result.Status == 0 && attempt <= 10; attempt++)
        {
            await Task.Delay(20 * attempt);
            result = await SendOnceAsync(request) with { Attempts = attempt };
        }
        return result;
    }

    private async Task<SweepResult> SendOnceAsync(HostileRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(server, request.Url));
        if (keysByRole[request.Role] is { } key)
        {
            message.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }
        foreach (var (name, value) in request.Headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (request.Body is not null)
        {
            message.Content = request.Chunked ? new StreamContent(new MemoryStream(request.Body)) : new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
            message.Headers.TransferEncodingChunked = request.Chunked;
        }
        try
        {
            using var response = await _http.SendAsync(message);
            return new SweepResult(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException failure)
        {
            return new SweepResult(request, 0, null, failure.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
