using Consultation.Core.Consultations;

namespace Consultation.Core.Assessment;

/// <summary>
/// The structure each position needs (item 1(i): a clear handling position): an agreement carries
/// something verifiable unless the issue is simple, comments say what to change, a refusal gives a
/// reason or an alternative, and "not competent" names the competent body and the basis for it.
/// </summary>
internal static class PositionRules
{
    /// <summary>Applies the rule of <paramref name="position"/>; returns whether the answer commits to a position at all.</summary>
    public static bool Apply(string? position, AssessmentInput input, Evidence evidence, IssueContext issue, Findings findings)
    {
        switch (position)
        {
            case Positions.Agree:
                AgreementRules.Apply(evidence, issue, findings);
                break;
            case Positions.AgreeWithComments:
                Comments(evidence, findings);
                break;
            case Positions.Disagree:
                Disagreement(evidence, findings);
                break;
            case Positions.NotCompetent:
                return Competence(input, evidence, findings) || evidence.StatesPosition;
            default:
                findings.Add(ReasonCodes.PositionMissing);
                return false;
        }
        return evidence.StatesPosition;
    }

    private static void Comments(Evidence evidence, Findings findings)
    {
        if (evidence.CommentClauses.Count > 0)
        {
            findings.Add(ReasonCodes.ConcreteComments, evidence.CommentClauses[0], element: evidence.ElementOf(evidence.CommentClauses[0], Category.Edit));
            return;
        }
        var agreement = evidence.First(Category.Agree) ?? evidence.First(Category.AgreeReserved);
        if (agreement is null && evidence.First(Category.Disagree) is { } refusal)
        {
            findings.Add(ReasonCodes.PositionContradicted, refusal);
        }
        findings.Add(ReasonCodes.CommentsNotConcrete, agreement);
    }

    private static void Disagreement(Evidence evidence, Findings findings)
    {
        var refusal = evidence.First(Category.Disagree);
        if (refusal is null && (evidence.First(Category.Agree) ?? evidence.First(Category.AgreeReserved)) is { } agreement)
        {
            findings.Add(ReasonCodes.PositionContradicted, agreement);
        }
        if (evidence.ReasonClauses.Count > 0)
        {
            findings.Add(ReasonCodes.ReasonsGiven, evidence.ReasonClauses[0],
                element: evidence.ReasonOf(evidence.ReasonClauses[0]));
        }
        else
        {
            findings.Add(ReasonCodes.UnsupportedDisagreement, refusal ?? evidence.Clauses.FirstOrDefault());
        }
    }

    private static bool Competence(AssessmentInput input, Evidence evidence, Findings findings)
    {
        var referral = evidence.First(Category.NotCompetent) ?? evidence.First(Category.UnnamedBody);
        var body = new[] { input.CompetentAgencyName, input.CompetentAgencyCode }.FirstOrDefault(b => !string.IsNullOrWhiteSpace(b))?.Trim();
        if (body is null)
        {
            findings.Add(ReasonCodes.CompetentBodyMissing, referral);
            return false;
        }
        if (input.LeadAgencyCode is not null && string.Equals(input.CompetentAgencyCode, input.LeadAgencyCode, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(ReasonCodes.ReferralToLead, referral, body: body);
        }
        else if (evidence.BasisClause is { } basis)
        {
            findings.Add(ReasonCodes.CompetentBodyAndBasis, basis, body: body, element: Evidence.BasisOf(basis));
        }
        else
        {
            findings.Add(ReasonCodes.LegalBasisMissing, referral, body: body);
        }
        return true;
    }
}
