using Consultation.Core.Assessment;

namespace Consultation.Evaluation;

/// <summary>Runs the assessor over labelled answers and measures it on the <c>vague</c> class, the one it flags.</summary>
public sealed class Evaluation(IReadOnlyList<Outcome> outcomes)
{
    /// <summary>The goal on unseen answers: one flag in twenty may be wrong, one vague answer in ten may pass.</summary>
    public const double PrecisionTarget = 0.95;

    public const double RecallTarget = 0.90;

    public IReadOnlyList<Outcome> Outcomes => outcomes;
    public Confusion Overall { get; } = Confusion.Of(outcomes);
    public bool MeetsTargets => Overall.Precision >= PrecisionTarget && Overall.Recall >= RecallTarget;

    public static Evaluation Run(IEnumerable<LabelledAnswer> answers, AnswerAssessor assessor, Func<LabelledAnswer, string?> position) =>
        new(answers.Select(a =>
        {
            var chosen = position(a);
            var assessment = assessor.Assess(new AssessmentInput
            {
                Position = chosen,
                Content = a.Content,
                CompetentAgencyName = chosen == "not_competent" ? a.CompetentAgency : null,
                Issue = a.Issue,
            });
            return new Outcome(a, chosen, assessment);
        }).ToList());

    /// <summary>
    /// The API requires a position, so an evasive clerk picks the least committal one that fits:
    /// a deflection becomes "not competent", a bare refusal "disagree", anything else "agree".
    /// </summary>
    public static string? EvasivePick(LabelledAnswer answer) => answer.Position ?? answer.Category switch
    {
        "deflection" => "not_competent",
        "unsupported_disagreement" => "disagree",
        _ => "agree",
    };
}

/// <summary>Counts of one group of outcomes, with precision and recall on the vague class.</summary>
public sealed record Confusion(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public int Correct => TruePositives + TrueNegatives;

    public static Confusion Of(IEnumerable<Outcome> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var o in outcomes)
        {
            _ = (o.LabelledVague, o.JudgedVague) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (true, false) => fn++,
                (false, false) => tn++,
            };
        }
        return new Confusion(tp, fp, fn, tn);
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
