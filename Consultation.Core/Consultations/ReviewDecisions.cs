namespace Consultation.Core.Consultations;

/// <summary>The lead's review of an answer.</summary>
public static class ReviewDecisions
{
    public const string Accept = "accept";
    public const string ConfirmVague = "confirm_vague";
    public const string RequestClarification = "request_clarification";

    public static readonly IReadOnlyList<string> All = [Accept, ConfirmVague, RequestClarification];
}
