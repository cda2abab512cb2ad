using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

public static class ConsultationReadsApi
{
    /// <summary>
    /// Lists what the caller may see. <paramref name="role"/> (<c>lead</c> or <c>consulted</c>) narrows an
    /// agency's list to its own side; <paramref name="overdue"/> keeps consultations with an unanswered assignment past due.
    /// </summary>
    public static async Task<Results<Ok<ConsultationListResponse>, ValidationProblem>> List(
        HttpContext http, ConsultationQueries queries, TimeProvider clock, IOptions<ApiOptions> api, CancellationToken ct,
        string? role = null, string? status = null, bool? overdue = null, string? lead = null, int? page = null, int? pageSize = null)
    {
        var caller = Caller.From(http.User);
        var errors = new FieldErrors(http.Lang());
        var me = caller.IsSupervisor ? null : caller.AgencyCode;
        if (role is not null && (me is null || role is not ("lead" or "consulted")))
        {
            errors.Add("role", "unknown_value", me is null ? "(supervisor: none)" : "lead, consulted");
        }
        if (status is not null && !ConsultationStatus.All.Contains(status))
        {
            errors.Add("status", "unknown_value", string.Join(", ", ConsultationStatus.All));
        }
        var leadCode = lead is null ? null : AgencyCodes.Normalize(lead);
        if (lead is not null && leadCode is null)
        {
            errors.Add("lead", "invalid_code");
        }
        if (page is < 1 or > 100_000)
        {
            errors.Add("page", "page_range", 100_000);
        }
        if (pageSize is not null && (pageSize < 1 || pageSize > api.Value.MaxPageSize))
        {
            errors.Add("pageSize", "page_range", api.Value.MaxPageSize);
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var now = clock.GetUtcNow();
        var query = new ConsultationQuery
        {
            VisibleTo = me,
            LeadAgencyCode = role == "lead" ? me : leadCode,
            ConsultedAgencyCode = role == "consulted" ? me : null,
            Status = status,
            OverdueOnly = overdue ?? false,
            Now = now,
            Page = page ?? 1,
            PageSize = pageSize ?? 20,
        };
        var result = await queries.ListAsync(query, ct);
        var items = result.Items
            .Select(c => ConsultationResponse.From(c, result.Assignments.Where(a => a.ConsultationId == c.Id), [], me, now))
            .ToArray();
        return TypedResults.Ok(new ConsultationListResponse(items, query.Page, query.PageSize, result.Total));
    }

    public static async Task<Results<Ok<ConsultationResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ConsultationQueries queries, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var detail = await queries.GetAsync(id, ct);
        var me = caller.IsSupervisor ? null : caller.AgencyCode;
        // Someone else's consultation is reported as absent, not forbidden: its existence is not the caller's business.
        if (detail is null || (me is not null && !detail.IsParty(me)))
        {
            return Problem.NotFound(http, "consultation_not_found");
        }
        return TypedResults.Ok(ConsultationResponse.From(detail.Consultation, detail.Assignments, detail.Answers, me, clock.GetUtcNow()));
    }
}
