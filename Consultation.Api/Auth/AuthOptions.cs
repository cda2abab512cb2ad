namespace Consultation.Api.Auth;

/// <summary>The <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An administrator key accepted from start-up, before any key is stored.</summary>
    public string? BootstrapAdminKey { get; set; }
}
