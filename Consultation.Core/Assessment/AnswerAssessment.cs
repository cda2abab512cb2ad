using System.Text.Json;

namespace Consultation.Core.Assessment;

/// <summary>
/// The assessor's judgement of an answer. <see cref="Score"/> runs from 0 (entirely vague) to 1
/// (entirely clear); below 0.5 the verdict is <c>vague</c>. Reasons come most decisive first.
/// </summary>
public sealed record AnswerAssessment(string Verdict, double Score, IReadOnlyList<VerdictReason> Reasons)
{
    public bool IsVague => Verdict == AssessmentVerdicts.Vague;

    /// <summary>The reasons as stored in <c>answers.assessment_reasons</c>: <c>[{"code": …, "message": …}]</c>.</summary>
    public string ReasonsJson() => JsonSerializer.Serialize(Reasons, JsonSerializerOptions.Web);

    /// <summary>Reads reasons stored by <see cref="ReasonsJson"/>; null or empty text gives none.</summary>
    public static IReadOnlyList<VerdictReason> ReadReasons(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<VerdictReason[]>(json, JsonSerializerOptions.Web) ?? [];
}
