using System.Globalization;

namespace Consultation.Evaluation;

public static class Report
{
    public static void Print(TextWriter output, string title, Evaluation evaluation, bool verbose)
    {
        var outcomes = evaluation.Outcomes;
        output.WriteLine($"== {title} ({outcomes.Count} answers)");
        output.WriteLine($"vague: precision {F(evaluation.Precision)}  recall {F(evaluation.Recall)}  F1 {F(evaluation.F1)}"
            + $"  (targets: precision >= {F(Evaluation.PrecisionTarget)}, recall >= {F(Evaluation.RecallTarget)}: {(evaluation.MeetsTargets ? "met" : "NOT met")})");
        output.WriteLine("confusion matrix      judged vague  judged clear");
        output.WriteLine($"  labelled vague      {evaluation.TruePositives,12}  {evaluation.FalseNegatives,12}");
        output.WriteLine($"  labelled clear      {evaluation.FalsePositives,12}  {evaluation.TrueNegatives,12}");
        output.WriteLine("recall per category (judged as labelled)");
        foreach (var group in outcomes.GroupBy(o => (o.Answer.Label, o.Answer.Category)).OrderBy(g => g.Key.Label).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var right = group.Count(o => o.Correct);
            output.WriteLine($"  {group.Key.Label,-5} {group.Key.Category,-26} {right,2}/{group.Count(),-2} {F((double)right / group.Count())}");
        }
        if (verbose)
        {
            foreach (var wrong in outcomes.Where(o => !o.Correct))
            {
                output.WriteLine($"  misjudged {wrong.Answer.Id} {wrong.Answer.Category} as {wrong.Position ?? "null"}: {wrong.Verdict} {F(wrong.Score)} ({wrong.FirstReason})");
            }
        }
        output.WriteLine();
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
