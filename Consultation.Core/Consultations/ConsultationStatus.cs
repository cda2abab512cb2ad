namespace Consultation.Core.Consultations;

public static class ConsultationStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All = [Open, Closed, Withdrawn];
}
