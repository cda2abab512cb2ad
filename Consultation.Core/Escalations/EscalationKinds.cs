namespace Consultation.Core.Escalations;

/// <summary>What an escalation row announces; each becomes one message contract.</summary>
public static class EscalationKinds
{
    public const string Requested = "requested";
    public const string DueSoon = "due_soon";
    public const string Overdue = "overdue";
    public const string VagueAnswer = "vague_answer";
    public const string DeemedAgreed = "deemed_agreed";
}
