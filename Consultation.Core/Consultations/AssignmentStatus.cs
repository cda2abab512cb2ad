namespace Consultation.Core.Consultations;

public static class AssignmentStatus
{
    public const string Pending = "pending";
    public const string Answered = "answered";
    public const string ClarificationRequested = "clarification_requested";
    public const string DeemedAgreed = "deemed_agreed";
}
