using Consultation.Core.Agencies;

namespace Consultation.Api.Agencies;

public sealed record AgencyResponse(
    string Code,
    string Name,
    string Kind,
    string Email,
    string? HeadName,
    string? HeadEmail,
    string? Competence,
    bool Active)
{
    public static AgencyResponse From(Agency a) =>
        new(a.Code, a.Name, a.Kind, a.Email, a.HeadName, a.HeadEmail, a.Competence, a.Active);
}
