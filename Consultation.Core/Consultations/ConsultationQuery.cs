namespace Consultation.Core.Consultations;

/// <summary>A page of consultations. <see cref="VisibleTo"/> null means every consultation (supervisor).</summary>
public sealed record ConsultationQuery
{
    public string? VisibleTo { get; init; }
    public string? LeadAgencyCode { get; init; }
    public string? ConsultedAgencyCode { get; init; }
    public string? Status { get; init; }
    public bool OverdueOnly { get; init; }
    public DateTimeOffset Now { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
