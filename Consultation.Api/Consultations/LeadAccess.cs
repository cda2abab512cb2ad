using Consultation.Api.Agencies;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Consultations;

/// <summary>What every action only the lead agency (đơn vị chủ trì) may take checks first, and how its refusals read.</summary>
public static class LeadAccess
{
    /// <summary>The caller must be the lead of a consultation it can see, and the named agency must be consulted on it.</summary>
    internal static async Task<(Caller Caller, string? AgencyCode, ProblemHttpResult? Denied)> AuthorizeLeadAsync(
        Guid id, string? agencyCode, HttpContext http, ConsultationQueries queries, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var detail = await queries.GetAsync(id, ct);
        if (detail is null || !detail.IsParty(caller.AgencyCode!))
        {
            return (caller, null, Problem.NotFound(http, "consultation_not_found"));
        }
        if (detail.Consultation.LeadAgencyCode != caller.AgencyCode)
        {
            return (caller, null, Problem.Forbidden(http, "not_lead"));
        }
        if (agencyCode is null)
        {
            return (caller, null, null);
        }
        var code = AgencyValidation.NormalizeCode(agencyCode);
        return code is null || detail.AssignmentOf(code) is null
            ? (caller, null, Problem.NotFound(http, "assignment_not_found"))
            : (caller, code, null);
    }

    internal static ProblemHttpResult Refused(HttpContext http, ChangeOutcome outcome) => outcome switch
    {
        ChangeOutcome.DeemedAgreed => Problem.Conflict(http, "deemed_agreed"),
        ChangeOutcome.NotReferred => Problem.Conflict(http, "not_referred"),
        ChangeOutcome.AlreadyRedirected => Problem.Conflict(http, "already_redirected"),
        ChangeOutcome.AlreadyConsulted => Problem.Conflict(http, "already_consulted"),
        ChangeOutcome.NotFound => Problem.NotFound(http, "assignment_not_found"),
        ChangeOutcome.ConsultationNotOpen => Problem.Conflict(http, "consultation_not_open"),
        ChangeOutcome.AlreadyAnswered => Problem.Conflict(http, "already_answered"),
        ChangeOutcome.NotAnswered => Problem.Conflict(http, "not_answered"),
        ChangeOutcome.AlreadyReviewed => Problem.Conflict(http, "already_reviewed"),
        ChangeOutcome.DueNotLater => Problem.Conflict(http, "due_not_later"),
        _ => Problem.Conflict(http, "bad_request"),
    };
}
