namespace Consultation.Api.Consultations;

public sealed record OpenConsultationRequest(
    string? DocumentNumber,
    string? Title,
    string? Issue,
    string? ProposedDirection,
    string? Urgency,
    string? DueAt,
    int? WorkingDays,
    bool? SilenceMeansConsent,
    IReadOnlyList<ConsulteeRequest?>? Consultees);

public sealed record ConsulteeRequest(string? AgencyCode, string? Reason);
