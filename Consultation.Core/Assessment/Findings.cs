namespace Consultation.Core.Assessment;

/// <summary>Collects what the rules conclude and turns it into a verdict, a score and explained reasons.</summary>
internal sealed class Findings(AssessmentLexicon lexicon, Clause? opening)
{
    private const int QuoteLength = 160;
    private const int ElementLength = 90;
    private readonly List<Finding> _items = [];

    public void Add(string code, Clause? clause = null, double scale = 1, string? body = null, Element? element = null) =>
        _items.Add(new Finding(code, lexicon.Reasons[code].Weight * scale, clause, body, _items.Count, element));

    public AnswerAssessment Conclude(string? position, IssueContext issue, ReasonLanguage language)
    {
        var sum = _items.Sum(f => f.Weight);
        // Ties go to the agency: an answer is called vague only on evidence.
        var clear = sum >= 0;
        var score = Math.Round(1 / (1 + Math.Exp(-sum)), 2);
        var ordered = clear
            ? _items.OrderByDescending(f => f.Weight).ThenBy(f => f.Order)
            : _items.OrderBy(f => f.Weight).ThenBy(f => f.Order);
        var reasons = ordered.Select(f => new VerdictReason(f.Code, Render(f, position, issue, language))).ToList();
        return new AnswerAssessment(clear ? AssessmentVerdicts.Clear : AssessmentVerdicts.Vague, score, reasons);
    }

    private string Render(Finding finding, string? position, IssueContext issue, ReasonLanguage language) =>
        lexicon.Reasons[finding.Code].In(language)
            // A reason about the answer as a whole quotes its opening sentence, so every message points at the text.
            .Replace("{sentence}", Excerpt.Of((finding.Clause ?? opening)?.Text ?? "", QuoteLength), StringComparison.Ordinal)
            .Replace("{element}", finding.Element is { } e ? $"{lexicon.Elements[e.Kind].In(language)} “{Excerpt.Of(e.Text, ElementLength)}”" : "", StringComparison.Ordinal)
            .Replace("{issue}", issue.Known ? issue.Display : lexicon.IssueUnknown.In(language), StringComparison.Ordinal)
            .Replace("{position}", position is not null && lexicon.Positions.TryGetValue(position, out var name) ? name.In(language) : "", StringComparison.Ordinal)
            .Replace("{body}", finding.Body ?? "", StringComparison.Ordinal);
}
