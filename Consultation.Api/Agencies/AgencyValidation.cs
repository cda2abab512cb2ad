using System.Net.Mail;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;

namespace Consultation.Api.Agencies;

public static class AgencyValidation
{

    public static Agency? Validate(AgencyRequest request, FieldErrors errors, DateTimeOffset now)
    {
        var code = AgencyCodes.Normalize(request.Code);
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            errors.Add("code", "required");
        }
        else if (code is null)
        {
            errors.Add("code", "invalid_code");
        }
        var name = Text.RequiredIdentifying(request.Name, "name", 300, errors);
        if (request.Kind is null)
        {
            errors.Add("kind", "required");
        }
        else if (!AgencyKinds.All.Contains(request.Kind))
        {
            errors.Add("kind", "unknown_value", string.Join(", ", AgencyKinds.All));
        }
        var email = Email(request.Email, "email", required: true, errors);
        var headEmail = Email(request.HeadEmail, "headEmail", required: false, errors);
        var headName = Text.OptionalIdentifying(request.HeadName, "headName", 200, errors);
        var competence = Text.Optional(request.Competence, "competence", 4000, errors);
        if (errors.Any)
        {
            return null;
        }
        return new Agency
        {
            Code = code!,
            Name = name!,
            Kind = request.Kind!,
            Email = email!,
            HeadName = headName,
            HeadEmail = headEmail,
            Competence = competence,
            Active = request.Active ?? true,
            CreatedAt = now,
        };
    }

    private static string? Email(string? value, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "required");
            }
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > 254 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            errors.Add(field, "invalid_email");
            return null;
        }
        return trimmed;
    }
}
