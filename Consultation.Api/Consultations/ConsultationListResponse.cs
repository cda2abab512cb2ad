namespace Consultation.Api.Consultations;

public sealed record ConsultationListResponse(IReadOnlyList<ConsultationResponse> Items, int Page, int PageSize, int Total);
