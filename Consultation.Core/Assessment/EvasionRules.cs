namespace Consultation.Core.Assessment;

/// <summary>
/// Ways of answering without answering. Without a stated position they decide the verdict; after one
/// they are mostly closing formulas ("… trình UBND tỉnh xem xét, quyết định") and weigh little.
/// </summary>
internal static class EvasionRules
{
    public static void Apply(Evidence evidence, bool committed, double scaleWhenCommitted, Findings findings)
    {
        foreach (var (category, code) in Category.Evasions)
        {
            var clause = evidence.Clauses.Find(c => c.Has(category) && Counts(c, category, committed, evidence));
            if (clause is not null)
            {
                findings.Add(code, clause, committed ? scaleWhenCommitted : 1);
            }
        }
    }

    private static bool Counts(Clause clause, string category, bool committed, Evidence evidence)
    {
        if (committed && clause.Has(Category.Closing))
        {
            return false;
        }
        // After a position, a sentence that names a provision, a figure or a date is not boilerplate or small talk;
        // without one, listing instruments without applying them is exactly what boilerplate looks like.
        return !committed || category is not (Category.Boilerplate or Category.Generic or Category.Praise or Category.Qualifier or Category.Acknowledgement) || evidence.Facts(clause) == 0;
    }
}
