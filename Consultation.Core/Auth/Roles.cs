namespace Consultation.Core.Auth;

public static class Roles
{
    /// <summary>An agency's clerk or e-office system: opens and answers consultations.</summary>
    public const string Agency = "agency";

    /// <summary>Reads everything province-wide (Sở Nội vụ, the UBND tỉnh office).</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Watches queues and re-drives failed messages.</summary>
    public const string Ops = "ops";

    /// <summary>Registers agencies and keys, maintains the calendar.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> ForAgencies = [Agency, Supervisor];
    public static readonly IReadOnlyList<string> Unbound = [Admin, Ops];
}
