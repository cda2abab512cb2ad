using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Consultations;
using Consultation.Core.Text;

namespace Consultation.Api.Consultations;

/// <summary>
/// Item 1(i) of the directive as validation: state the issue and the proposed handling direction
/// in substance, and consult only registered agencies, each with the reason it is concerned.
/// </summary>
public static class OpenConsultationValidation
{
    public const int MinSubstantiveWords = 6;
    public const int MaxConsultees = 200;

    public sealed record Shape(
        string DocumentNumber, string Title, string Issue, string ProposedDirection, string Urgency,
        bool SilenceMeansConsent, IReadOnlyList<(string AgencyCode, string Reason)> Consultees);

    /// <summary>Checks everything that needs no database; agency existence is checked by the caller.</summary>
    public static Shape? Validate(OpenConsultationRequest request, string leadAgencyCode, FieldErrors errors)
    {
        var documentNumber = Text.RequiredIdentifying(request.DocumentNumber, "documentNumber", 64, errors);
        var title = Text.RequiredIdentifying(request.Title, "title", 500, errors);
        var issue = Substantive(request.Issue, "issue", title, errors);
        var direction = Substantive(request.ProposedDirection, "proposedDirection", title, errors);
        if (issue is not null && direction is not null && VietnameseText.Fold(issue) == VietnameseText.Fold(direction))
        {
            errors.Add("proposedDirection", "issue_equals_direction");
        }
        var urgency = request.Urgency ?? Urgency.Normal;
        if (!Urgency.All.Contains(urgency))
        {
            errors.Add("urgency", "unknown_value", string.Join(", ", Urgency.All));
        }
        var consultees = Consultees(request.Consultees, leadAgencyCode, errors);
        if (errors.Any)
        {
            return null;
        }
        return new Shape(documentNumber!, title!, issue!, direction!, urgency, request.SilenceMeansConsent ?? false, consultees);
    }

    private static string? Substantive(string? value, string field, string? title, FieldErrors errors)
    {
        var text = Text.Required(value, field, 20_000, errors);
        if (text is null)
        {
            return null;
        }
        var folded = VietnameseText.Fold(text);
        var foldedTitle = title is null ? "" : VietnameseText.Fold(title);
        // A copy of the title, a fragment of it, or the title with a few words added says nothing new.
        if (foldedTitle.Length > 0 && (foldedTitle.Contains(folded, StringComparison.Ordinal)
            || (folded.Contains(foldedTitle, StringComparison.Ordinal)
                && VietnameseText.WordCount(folded.Replace(foldedTitle, " ", StringComparison.Ordinal)) < MinSubstantiveWords)))
        {
            errors.Add(field, "same_as_title");
            return null;
        }
        if (VietnameseText.WordCount(folded) < MinSubstantiveWords)
        {
            errors.Add(field, "not_substantive", MinSubstantiveWords);
            return null;
        }
        return text;
    }

    private static List<(string, string)> Consultees(IReadOnlyList<ConsulteeRequest?>? requested, string lead, FieldErrors errors)
    {
        var result = new List<(string, string)>();
        if (requested is null || requested.Count == 0)
        {
            errors.Add("consultees", "consultees_required");
            return result;
        }
        if (requested.Count > MaxConsultees)
        {
            errors.Add("consultees", "too_many", MaxConsultees);
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requested.Count; i++)
        {
            var item = requested[i];
            var code = AgencyCodes.Normalize(item?.AgencyCode);
            if (item?.AgencyCode is null || code is null)
            {
                errors.Add($"consultees[{i}].agencyCode", item?.AgencyCode is null ? "required" : "invalid_code");
            }
            else if (code == lead)
            {
                errors.Add($"consultees[{i}].agencyCode", "self_consultation");
            }
            else if (!seen.Add(code))
            {
                errors.Add($"consultees[{i}].agencyCode", "duplicate_consultee", code);
            }
            var reason = Text.Optional(item?.Reason, $"consultees[{i}].reason", 2000, errors);
            if (reason is null && !errors.Has($"consultees[{i}].reason"))
            {
                errors.Add($"consultees[{i}].reason", "reason_required");
            }
            if (code is not null && reason is not null)
            {
                result.Add((code, reason));
            }
        }
        return result;
    }
}
