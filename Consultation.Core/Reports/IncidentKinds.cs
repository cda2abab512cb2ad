namespace Consultation.Core.Reports;

/// <summary>What went wrong with one assignment or answer, as the report lists it.</summary>
public static class IncidentKinds
{
    /// <summary>Answered after the deadline (trả lời trễ hạn).</summary>
    public const string Late = "late";

    /// <summary>Past the deadline and still unanswered (quá hạn chưa trả lời).</summary>
    public const string Overdue = "overdue";

    /// <summary>Silent past the deadline where silence counts as agreement (im lặng, coi như đồng ý).</summary>
    public const string DeemedAgreed = "deemed_agreed";

    /// <summary>An answer the lead confirmed as generic or evasive (chung chung, né tránh).</summary>
    public const string ConfirmedVague = "confirmed_vague";
}
