namespace Consultation.Api.Agencies;

public sealed record AgencyRequest(
    string? Code,
    string? Name,
    string? Kind,
    string? Email,
    string? HeadName = null,
    string? HeadEmail = null,
    string? Competence = null,
    bool? Active = null);
