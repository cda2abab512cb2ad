namespace Consultation.Api.Demo;

/// <summary>The <c>Demo</c> section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed demo agencies and keys into an empty database; unset means only for the embedded SQLite default.</summary>
    public bool? Seed { get; set; }

    /// <summary>Where the demo keys are written; unset means <c>data/demo-keys.txt</c> beside the database.</summary>
    public string? KeysFile { get; set; }
}
