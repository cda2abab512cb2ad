using Consultation.Core.Escalations;

namespace Consultation.Core.Webhooks;

/// <summary>
/// The event types an agency may subscribe to: the escalation kinds an agency itself receives, named as
/// they are stored. The supervisor's own notices (a level-2 overdue copy, a referral ring) reach it by
/// mail; the ring reaches the lead here too.
/// </summary>
public static class WebhookEventTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        EscalationKinds.Requested,
        EscalationKinds.DueSoon,
        EscalationKinds.Overdue,
        EscalationKinds.DeemedAgreed,
        EscalationKinds.VagueAnswer,
        EscalationKinds.Referred,
        EscalationKinds.ClarificationRequested,
        EscalationKinds.ReferralRing,
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
