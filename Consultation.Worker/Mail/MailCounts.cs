namespace Consultation.Worker.Mail;

/// <summary>How many items of each kind a mail lists; templates choose paragraphs by them.</summary>
public sealed record MailCounts
{
    public int Total { get; init; }
    public int Overdue { get; init; }
    public int Level2 { get; init; }
    public int VagueAnswer { get; init; }
    public int DueSoon { get; init; }
    public int Requested { get; init; }
    public int DeemedAgreed { get; init; }
    public int Clarification { get; init; }
    public int Referred { get; init; }
    public int ReferralRing { get; init; }

    /// <summary>Items addressed to the lead unit.</summary>
    public int Lead { get; init; }

    /// <summary>Items addressed to the supervisor (Sở Nội vụ).</summary>
    public int Supervisor { get; init; }

    /// <summary>Items addressed to an agency's head.</summary>
    public int Head { get; init; }
}
