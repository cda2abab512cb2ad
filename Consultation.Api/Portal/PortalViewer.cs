using System.Security.Claims;
using Consultation.Api.Auth;
using Consultation.Core.Auth;

namespace Consultation.Api.Portal;

/// <summary>
/// Who is looking at a portal page: the caller as the API knows it, and, for a session opened from an
/// email link, the one consultation that session may reach.
/// </summary>
public sealed record PortalViewer(Caller Caller, Guid? Scope)
{
    public const string ScopeClaim = "consultation:portal_scope";
    public const string LinkExpiresClaim = "consultation:link_expires";

    public string AgencyCode => Caller.AgencyCode!;

    public bool IsSupervisor => Caller.Role == Roles.Supervisor;

    /// <summary>Whether the session may open <paramref name="consultationId"/> at all (party to it is Core's question).</summary>
    public bool Reaches(Guid consultationId) => Scope is null || Scope == consultationId;

    public static PortalViewer From(ClaimsPrincipal user) => new(
        Caller.From(user),
        Guid.TryParse(user.FindFirstValue(ScopeClaim), out var scope) ? scope : null);
}
