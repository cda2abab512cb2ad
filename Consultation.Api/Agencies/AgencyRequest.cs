namespace Consultation.Api.Agencies;

public sealed record AgencyRequest(
    string? Code,
    string? Name,
    string? Kind,
    string? Email,
    string? HeadName,
    string? HeadEmail,
    string? Competence,
    bool? Active);
