namespace Consultation.Core.Assessment;

/// <summary>
/// How much a reason weighs and how it is explained. Messages may use {sentence} (the clause that
/// triggered it), {issue}, {position} and {body} (the competent agency named).
/// </summary>
internal sealed record ReasonTemplate(double Weight, string Vi, string? En)
{
    public string In(ReasonLanguage language) => language == ReasonLanguage.English && En is not null ? En : Vi;
}
