using Consultation.Core.Agencies;
using Consultation.Core.Validation;

namespace Consultation.Core.Consultations;

/// <summary>What a well-formed answer is, read once for submission and preview alike.</summary>
public static class AnswerRules
{
    public const int ContentLength = 20_000;
    public const int LegalBasisLength = 2_000;
    public const int AgencyNameLength = 300;

    /// <summary>
    /// Reads a draft of <paramref name="agencyCode"/>'s answer. A submission must state a position; a
    /// preview may leave it out (that is a verdict, not an error). Null when <paramref name="problems"/> got any.
    /// </summary>
    public static async Task<AnswerSubmission?> ReadAsync(
        AnswerDraft draft, string? agencyCode, bool positionRequired, AgencyStore agencies, FieldProblems problems, CancellationToken cancellationToken)
    {
        if (draft.Position is null && positionRequired)
        {
            problems.Add("position", "required");
        }
        else if (draft.Position is not null && !Positions.All.Contains(draft.Position))
        {
            problems.Add("position", "unknown_value", string.Join(", ", Positions.All));
        }
        var content = TextFields.Required(draft.Content, "content", ContentLength, problems);
        var legalBasis = TextFields.Optional(draft.LegalBasis, "legalBasis", LegalBasisLength, problems);
        var competentName = TextFields.OptionalIdentifying(draft.CompetentAgencyName, "competentAgencyName", AgencyNameLength, problems);
        var competentCode = string.IsNullOrWhiteSpace(draft.CompetentAgencyCode) ? null : AgencyCodes.Normalize(draft.CompetentAgencyCode);
        if (draft.CompetentAgencyCode is not null && competentCode is null)
        {
            problems.Add("competentAgencyCode", "invalid_code");
        }
        if (positionRequired)
        {
            await CompetentBodyAsync(draft.Position, competentCode, competentName, agencyCode, agencies, problems, cancellationToken);
        }
        return problems.Any
            ? null
            : new AnswerSubmission
            {
                AgencyCode = agencyCode ?? "",
                // A preview without a position reads as one missing, which is a verdict, not an error.
                Position = draft.Position ?? "",
                Content = content!,
                LegalBasis = legalBasis,
                CompetentAgencyCode = competentCode,
                CompetentAgencyName = competentName,
                Actor = agencyCode ?? "",
            };
    }

    /// <summary>"Not competent" names one competent body, registered or not, never the answering agency; other positions name none.</summary>
    private static async Task CompetentBodyAsync(
        string? position, string? code, string? name, string? me, AgencyStore agencies, FieldProblems problems, CancellationToken cancellationToken)
    {
        if (position == Positions.NotCompetent)
        {
            if (code is null && name is null && !problems.Has("competentAgencyCode"))
            {
                problems.Add("competentAgencyCode", "competent_required");
            }
            else if (code is not null && name is not null)
            {
                problems.Add("competentAgencyName", "competent_both");
            }
            else if (code is not null && code == me)
            {
                problems.Add("competentAgencyCode", "competent_self");
            }
            else if (code is not null && (await agencies.FindAsync(code, cancellationToken)) is null)
            {
                problems.Add("competentAgencyCode", "agency_unknown", code);
            }
        }
        else if (position is not null && (code is not null || name is not null))
        {
            problems.Add(code is not null ? "competentAgencyCode" : "competentAgencyName", "competent_only_when_not_competent");
        }
    }
}
