namespace Consultation.Api.Consultations;

public sealed record OpenConsultationRequest(
    string? DocumentNumber,
    string? Title,
    string? Issue,
    string? ProposedDirection,
    IReadOnlyList<ConsulteeRequest?>? Consultees,
    string? Urgency = null,
    string? DueAt = null,
    int? WorkingDays = null,
    bool? SilenceMeansConsent = null);

public sealed record ConsulteeRequest(string? AgencyCode, string? Reason);
