namespace Consultation.Evaluation;

/// <summary>One line of a labelled JSONL file (format: ../shared/data/README-answers.md).</summary>
public sealed record LabelledAnswer(
    string Id,
    string? Position,
    string Content,
    string? CompetentAgency,
    string Label,
    string Category,
    string? Issue)
{
    public bool IsVague => Label == "vague";
    public string Form => TextForm.Of(Content);
}
