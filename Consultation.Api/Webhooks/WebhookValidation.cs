using System.Net;
using Consultation.Api.Problems;
using Consultation.Core.Webhooks;

namespace Consultation.Api.Webhooks;

/// <summary>What an endpoint must be: an absolute https URL (http to loopback only where a setting allows, for tests) and known event types.</summary>
public static class WebhookValidation
{
    private const int MaxUrlLength = 2000;

    public static (string Url, IReadOnlyList<string> EventTypes)? Validate(WebhookRequest request, WebhookOptions options, FieldErrors errors)
    {
        var url = ValidateUrl(request.Url, options, errors);
        var types = request.EventTypes ?? [];
        if (types.Count == 0)
        {
            errors.Add("eventTypes", "webhook_events_required");
        }
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] is null || !WebhookEventTypes.IsKnown(types[i]))
            {
                errors.Add($"eventTypes[{i}]", "unknown_value", string.Join(", ", WebhookEventTypes.All));
            }
        }
        return errors.Any || url is null ? null : (url, types.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string? ValidateUrl(string? value, WebhookOptions options, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("url", "required");
            return null;
        }
        if (value.Length > MaxUrlLength)
        {
            errors.Add("url", "too_long", MaxUrlLength);
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("url", "webhook_url_invalid");
            return null;
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !(options.AllowLoopbackHttp && IsLoopback(uri)))
        {
            errors.Add("url", "webhook_url_https");
            return null;
        }
        return uri.AbsoluteUri;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
