using Consultation.Core.Assessment;

namespace Consultation.Evaluation;

/// <summary>Runs the assessor over labelled answers and measures it on the <c>vague</c> class.</summary>
public sealed class Evaluation(IReadOnlyList<Outcome> outcomes)
{
    public const double PrecisionTarget = 0.90;
    public const double RecallTarget = 0.85;

    public IReadOnlyList<Outcome> Outcomes => outcomes;
    public int TruePositives => outcomes.Count(o => o.LabelledVague && o.JudgedVague);
    public int FalsePositives => outcomes.Count(o => !o.LabelledVague && o.JudgedVague);
    public int FalseNegatives => outcomes.Count(o => o.LabelledVague && !o.JudgedVague);
    public int TrueNegatives => outcomes.Count(o => !o.LabelledVague && !o.JudgedVague);
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public bool MeetsTargets => Precision >= PrecisionTarget && Recall >= RecallTarget;

    public static Evaluation Run(IEnumerable<LabelledAnswer> answers, AnswerAssessor assessor, Func<LabelledAnswer, string?> position) =>
        new(answers.Select(a =>
        {
            var chosen = position(a);
            var assessment = assessor.Assess(new AssessmentInput
            {
                Position = chosen,
                Content = a.Content,
                CompetentAgencyName = a.CompetentAgency,
                Issue = a.Issue,
            });
            return new Outcome(a, chosen, assessment.Verdict, assessment.Score, assessment.Reasons.Count > 0 ? assessment.Reasons[0].Code : "");
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

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
