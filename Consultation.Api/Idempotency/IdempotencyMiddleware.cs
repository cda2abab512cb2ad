using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Idempotency;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Idempotency;

/// <summary>
/// A POST retried with the same <c>Idempotency-Key</c> by the same key holder gets the first
/// response again and creates nothing twice. The key is claimed in the database before the
/// request runs, so two copies arriving together cannot both run.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next, IdempotencyStore store, TimeProvider clock, IOptions<IdempotencyOptions> options, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        var key = values.ToString();
        if (key.Length is 0 or > 128 || key.Any(char.IsControl))
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest, "idempotency_key_invalid");
            return;
        }
        var caller = Caller.From(context.User).KeyPrefix;
        var request = new IdempotentRequest
        {
            Caller = caller,
            IdemKey = key,
            RequestHash = await HashAsync(context.Request),
            CreatedAt = clock.GetUtcNow(),
        };
        var settings = options.Value;
        var earlier = await store.ClaimAsync(request, request.CreatedAt - settings.ClaimTimeout, request.CreatedAt - settings.Retention, context.RequestAborted);
        if (earlier is not null)
        {
            await ReplayAsync(context, request, earlier);
            return;
        }
        await RunAndRememberAsync(context, request);
    }

    private async Task RunAndRememberAsync(HttpContext context, IdempotentRequest request)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await store.ReleaseAsync(request.Caller, request.IdemKey, CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode >= 500)
        {
            // A failure of ours is not an answer worth repeating: let the retry run again.
            await store.ReleaseAsync(request.Caller, request.IdemKey, CancellationToken.None);
        }
        else
        {
            buffer.Position = 0;
            using var reader = new StreamReader(buffer, leaveOpen: true);
            var body = await reader.ReadToEndAsync();
            var secret = context.GetEndpoint()?.Metadata.GetMetadata<SecretResponse>();
            await RememberAsync(request with
            {
                StatusCode = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Body = secret is null ? body : Withhold(body, secret.Property),
                SecretWithheld = secret is not null,
            });
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    }

    /// <summary>
    /// Stores the response. The change it reports is committed already, so failing to store it must
    /// not turn the client's answer into a 500: after a few tries the claim is left to time out.
    /// </summary>
    private async Task RememberAsync(IdempotentRequest completed)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.CompleteAsync(completed, CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < 3)
            {
                logger.LogWarning(e, "Storing the response for Idempotency-Key {Key} failed; attempt {Attempt}", completed.IdemKey, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
            catch (Exception e)
            {
                logger.LogError(e, "The response for Idempotency-Key {Key} was not stored; a retry after {Timeout} runs the request again",
                    completed.IdemKey, options.Value.ClaimTimeout);
                return;
            }
        }
    }

    /// <summary>The JSON response without its secret; what is left (the key's prefix and role) is safe to keep.</summary>
    private static string? Withhold(string body, string property)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject json)
            {
                json.Remove(property);
                return json.ToJsonString();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentRequest request, IdempotentRequest earlier)
    {
        if (earlier.RequestHash != request.RequestHash)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_mismatch");
            return;
        }
        if (earlier.StatusCode is null)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status409Conflict, "idempotency_in_progress");
            return;
        }
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.SecretWithheld && earlier.StatusCode is >= 200 and < 300)
        {
            var secret = context.GetEndpoint()?.Metadata.GetMetadata<SecretResponse>() ?? new SecretResponse();
            var reference = earlier.Body is { } kept && JsonNode.Parse(kept)?[secret.Reference]?.ToString() is { } r ? r : "?";
            await ProblemWriter.WriteAsync(context, StatusCodes.Status409Conflict, secret.ShownOnce, null, reference);
            return;
        }
        context.Response.StatusCode = earlier.StatusCode.Value;
        if (earlier.ContentType is not null)
        {
            context.Response.ContentType = earlier.ContentType;
        }
        if (earlier.Location is not null)
        {
            context.Response.Headers.Location = earlier.Location;
        }
        await context.Response.WriteAsync(earlier.Body ?? "");
    }

    /// <summary>The method, path and body: the same key with a different request is a client error, not a replay.</summary>
    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
