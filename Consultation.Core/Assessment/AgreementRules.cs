namespace Consultation.Core.Assessment;

/// <summary>
/// An agreement is a usable position when the issue is simple (a date, a venue, a nomination) or when
/// it carries something of its own the lead unit can verify: a figure, a date, a provision, a person,
/// a concrete commitment. Otherwise it is the generic agreement item 1(i) forbids.
/// </summary>
internal static class AgreementRules
{
    public static void Apply(Evidence evidence, IssueContext issue, Findings findings)
    {
        var agreement = evidence.First(Category.Agree) ?? evidence.First(Category.Nominate);
        var reserved = evidence.First(Category.AgreeReserved);
        if (reserved is not null)
        {
            Reservations(reserved, evidence, findings);
        }
        else if (agreement is null)
        {
            Unstated(evidence, issue, findings);
        }
        else if (issue.IsSimple)
        {
            findings.Add(ReasonCodes.AgreementOnSimpleIssue, agreement);
        }
        else if ((evidence.FactClauses.Count > 0 ? evidence.FactClauses[0] : evidence.ActionClauses.FirstOrDefault()) is { } verifiable)
        {
            findings.Add(ReasonCodes.VerifiableAgreement, verifiable, element: evidence.ElementOf(verifiable, Category.Edit, Category.Commitment));
        }
        else
        {
            findings.Add(ReasonCodes.GenericAgreement, agreement);
        }
    }

    /// <summary>"Cơ bản thống nhất" announces reservations; the answer must then state them, however simple the issue.</summary>
    private static void Reservations(Clause reserved, Evidence evidence, Findings findings)
    {
        if (evidence.CommentClauses.Count > 0)
        {
            findings.Add(ReasonCodes.ConcreteComments, evidence.CommentClauses[0], element: evidence.ElementOf(evidence.CommentClauses[0], Category.Edit));
        }
        else if (evidence.FactClauses.Count > 0)
        {
            findings.Add(ReasonCodes.VerifiableAgreement, evidence.FactClauses[0], element: evidence.ElementOf(evidence.FactClauses[0]));
        }
        else
        {
            findings.Add(ReasonCodes.ReservationsUnstated, reserved);
        }
    }

    /// <summary>
    /// The agency picked "agree" but the text never says so. Only when data was asked for can the data
    /// stand in for the position; figures alone, in answer to a request for an opinion, are usually a report.
    /// </summary>
    private static void Unstated(Evidence evidence, IssueContext issue, Findings findings)
    {
        if (evidence.First(Category.Disagree) is { } refusal)
        {
            findings.Add(ReasonCodes.PositionContradicted, refusal);
        }
        else if (!evidence.IsEvasive && evidence.FactCount >= 2 && (issue.AsksForInformation || !issue.Known))
        {
            findings.Add(ReasonCodes.AnswerByContent, evidence.FactClauses[0], element: evidence.ElementOf(evidence.FactClauses[0]));
        }
        else
        {
            findings.Add(ReasonCodes.PositionNotStated);
        }
    }
}
