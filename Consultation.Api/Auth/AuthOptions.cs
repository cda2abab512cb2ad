namespace Consultation.Api.Auth;

/// <summary>The <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public const int MinBootstrapKeyLength = 32;

    /// <summary>The placeholder in deploy/api.env, published with the code: never a working key.</summary>
    public const string DeployExample = "replace-with-a-long-random-secret";

    /// <summary>An administrator key accepted from start-up, before any key is stored.</summary>
    public string? BootstrapAdminKey { get; set; }
}
