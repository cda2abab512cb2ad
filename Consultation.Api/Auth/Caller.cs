using System.Security.Claims;
using Consultation.Core.Auth;

namespace Consultation.Api.Auth;

/// <summary>Who is calling, read from the claims the API-key handler issued.</summary>
public sealed record Caller(string KeyPrefix, string Role, string? AgencyCode)
{
    public const string AgencyClaim = "agency";

    public bool IsSupervisor => Role == Roles.Supervisor;

    /// <summary>The name written to the audit log.</summary>
    public string Actor => AgencyCode is null ? $"{Role}:{KeyPrefix}" : $"{AgencyCode}:{KeyPrefix}";

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.FindFirstValue(AgencyClaim));
}
