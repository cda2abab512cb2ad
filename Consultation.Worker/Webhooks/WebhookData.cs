namespace Consultation.Worker.Webhooks;

/// <summary>
/// The <c>data</c> of a webhook payload: the consultation as the receiving agency may see it and the one
/// assignment the event is about. Never another agency's answer, its content or its assessment: the lead
/// reads those through the API, which checks who asks. Fields of other event types are left out.
/// </summary>
public sealed record WebhookData
{
    public Guid EscalationId { get; init; }
    public Guid ConsultationId { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string LeadAgencyCode { get; init; }
    public required string LeadAgencyName { get; init; }

    /// <summary><c>lead</c> or <c>consulted</c>: why the receiving agency is told.</summary>
    public string Role { get; init; } = "";

    public Guid AssignmentId { get; init; }
    public required string AgencyCode { get; init; }
    public required string AgencyName { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public string? Issue { get; init; }
    public string? ProposedDirection { get; init; }
    public string? Reason { get; init; }
    public string? Urgency { get; init; }
    public bool? SilenceMeansConsent { get; init; }
    public int? WorkingDaysLeft { get; init; }
    public int? WorkingDaysOverdue { get; init; }
    public int? Level { get; init; }
    public Guid? AnswerId { get; init; }
    public string? Note { get; init; }
    public int? Round { get; init; }
}
