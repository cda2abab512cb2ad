using System.Globalization;

namespace Consultation.Evaluation;

/// <summary>Prints an evaluation: the whole, each category, each text form, each position, then every misjudged answer and why.</summary>
public static class Report
{
    private const int QuoteLength = 220;

    public static void Print(TextWriter output, string title, Evaluation evaluation)
    {
        var outcomes = evaluation.Outcomes;
        var overall = evaluation.Overall;
        output.WriteLine($"== {title} ({outcomes.Count} answers)");
        output.WriteLine($"vague: precision {F(overall.Precision)}  recall {F(overall.Recall)}"
            + $"  (targets: precision >= {F(Evaluation.PrecisionTarget)}, recall >= {F(Evaluation.RecallTarget)}: {(evaluation.MeetsTargets ? "met" : "NOT met")})");
        output.WriteLine("                               judged vague  judged clear");
        output.WriteLine($"  labelled vague               {overall.TruePositives,12}  {overall.FalseNegatives,12}");
        output.WriteLine($"  labelled clear               {overall.FalsePositives,12}  {overall.TrueNegatives,12}");
        Table(output, "per category (right / all)", outcomes.GroupBy(o => $"{o.Answer.Label} {o.Answer.Category}"));
        Table(output, "per text form", outcomes.GroupBy(o => o.Answer.Form));
        Table(output, "per position assessed", outcomes.GroupBy(o => o.Position ?? "(none)"));
        Table(output, "per id prefix", outcomes.GroupBy(o => Prefix(o.Answer.Id)));
        var wrong = outcomes.Where(o => !o.Correct).ToList();
        output.WriteLine($"misjudged ({wrong.Count})");
        foreach (var o in wrong)
        {
            output.WriteLine($"  {o.Answer.Id}  labelled {o.Answer.Label} {o.Answer.Category}, assessed as {o.Position ?? "(none)"}: judged {o.Assessment.Verdict} {o.Assessment.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (var reason in o.Assessment.Reasons)
            {
                output.WriteLine($"      {reason.Code}: {Cut(reason.Message)}");
            }
        }
        output.WriteLine();
    }

    private static void Table(TextWriter output, string title, IEnumerable<IGrouping<string, Outcome>> groups)
    {
        output.WriteLine(title);
        output.WriteLine($"  {"",-32} {"right",7}  {"TP",3} {"FP",3} {"FN",3} {"TN",3}  precision  recall");
        foreach (var group in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var c = Confusion.Of(group);
            output.WriteLine($"  {group.Key,-32} {c.Correct,3}/{c.Count,-3}  {c.TruePositives,3} {c.FalsePositives,3} {c.FalseNegatives,3} {c.TrueNegatives,3}  {F(c.Precision),9}  {F(c.Recall),6}");
        }
    }

    private static string Prefix(string id) => id.LastIndexOf('-') is var dash and > 0 ? id[..dash] : id;

    private static string Cut(string message) => message.Length <= QuoteLength ? message : message[..QuoteLength] + "…";

    private static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
