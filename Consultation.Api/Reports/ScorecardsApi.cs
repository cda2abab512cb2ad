using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Reports;

/// <summary>
/// Scorecards of consulted agencies. Agencies are public (anyone may list them), so another agency's
/// scorecard is refused outright (403) rather than reported absent, unlike a consultation.
/// </summary>
public static class ScorecardsApi
{
    public static async Task<Results<Ok<Scorecard>, ValidationProblem, ProblemHttpResult>> ForAgency(
        string code, HttpContext http, Scorecards scorecards, AgencyStore agencies, IOptions<ReportOptions> options, CancellationToken ct,
        string? from = null, string? to = null)
    {
        var caller = Caller.From(http.User);
        var normalized = AgencyCodes.Normalize(code);
        if (!caller.IsSupervisor && normalized != caller.AgencyCode)
        {
            return Problem.Forbidden(http, "scorecard_not_own");
        }
        var errors = new FieldErrors(http.Lang());
        var period = ReportInput.Period(from, to, options.Value.MaxPeriodDays, errors);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var agency = normalized is null ? null : await agencies.FindAsync(normalized, ct);
        if (agency is null)
        {
            return Problem.NotFound(http, "agency_not_found");
        }
        return TypedResults.Ok(await scorecards.ForAgencyAsync(agency.Code, agency.Name, period!, ct));
    }

    /// <summary>Every agency consulted in the period, ranked; for the supervisor (Sở Nội vụ) alone.</summary>
    public static async Task<Results<Ok<ScorecardRanking>, ValidationProblem, ProblemHttpResult>> Ranked(
        HttpContext http, Scorecards scorecards, IOptions<ReportOptions> options, CancellationToken ct, string? from = null, string? to = null)
    {
        if (!Caller.From(http.User).IsSupervisor)
        {
            return Problem.Forbidden(http, "scorecards_supervisor_only");
        }
        var errors = new FieldErrors(http.Lang());
        var period = ReportInput.Period(from, to, options.Value.MaxPeriodDays, errors);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        return TypedResults.Ok(await scorecards.RankAsync(period!, ct));
    }
}
