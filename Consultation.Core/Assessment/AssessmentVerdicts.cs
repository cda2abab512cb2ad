namespace Consultation.Core.Assessment;

/// <summary>The two verdicts, as they appear in the API and the database.</summary>
public static class AssessmentVerdicts
{
    public const string Clear = "clear";
    public const string Vague = "vague";
}
