namespace Consultation.Core.Escalations;

/// <summary>What an escalation row announces; each becomes one message contract.</summary>
public static class EscalationKinds
{
    public const string Requested = "requested";
    public const string DueSoon = "due_soon";
    public const string Overdue = "overdue";
    public const string VagueAnswer = "vague_answer";
    public const string DeemedAgreed = "deemed_agreed";

    /// <summary>The lead asked for clarification; the consulted agency is told the note and the new deadline. Occurrence: the reviewed answer's id.</summary>
    public const string ClarificationRequested = "clarification_requested";

    /// <summary>A consulted agency answered not_competent; the lead is told at once. Occurrence: that answer's id.</summary>
    public const string Referred = "referred";

    /// <summary>A not_competent answer named an agency already on its chain of redirects; the supervisor is told. Occurrence: that answer's id.</summary>
    public const string ReferralRing = "referral_ring";
}
