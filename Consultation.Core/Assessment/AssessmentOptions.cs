namespace Consultation.Core.Assessment;

/// <summary>The <c>Assessment</c> section.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>A lexicon file that replaces the embedded one (same format as <c>Assessment/lexicon.json</c>); null keeps the embedded one.</summary>
    public string? LexiconPath { get; set; }
}
