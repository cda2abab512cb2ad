using Consultation.Api.Consultations;
using Consultation.Core.Agencies;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Portal;

/// <summary>The lead agency's actions from its page, each through the API's own handler; Core decides who may.</summary>
public static class PortalLeadActions
{
    public static async Task<IResult> Review(
        Guid id, string agencyCode, IFormCollection form, HttpContext http, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var request = new ReviewRequest(PortalResults.Field(form, "decision"), PortalResults.Field(form, "note"), null,
            PortalResults.Field(form, "decision") == ReviewDecisions.RequestClarification ? PortalResults.Days(form, "workingDays") : null);
        return await AfterAsync(http, id, agencyCode, "reviewed",
            (await ReviewsApi.Review(id, agencyCode, request, http, commands, calendar, deadlines, clock, ct)).Result, ct);
    }

    public static async Task<IResult> Extend(
        Guid id, string agencyCode, IFormCollection form, HttpContext http, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var request = new ExtensionRequest(PortalResults.Field(form, "reason"), null, PortalResults.Days(form, "workingDays"));
        return await AfterAsync(http, id, agencyCode, "extended",
            (await ExtensionsApi.Extend(id, agencyCode, request, http, commands, calendar, deadlines, clock, ct)).Result, ct);
    }

    public static async Task<IResult> Redirect(
        Guid id, string agencyCode, IFormCollection form, HttpContext http, ConsultationCommands commands, AgencyStore agencies,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var request = new RedirectRequest(PortalResults.Field(form, "reason"), PortalResults.Field(form, "agencyCode"), null, PortalResults.Days(form, "workingDays"));
        return await AfterAsync(http, id, agencyCode, "redirected",
            (await RedirectsApi.Redirect(id, agencyCode, request, http, commands, agencies, calendar, deadlines, clock, ct)).Result, ct);
    }

    public static async Task<IResult> Close(
        Guid id, IFormCollection form, HttpContext http, ConsultationQueries queries, ConsultationCommands commands, TimeProvider clock, CancellationToken ct)
    {
        if (PortalRefusals.OutOfScope(http, id) is { } refused)
        {
            return refused;
        }
        var request = new CloseRequest(PortalResults.Field(form, "synthesis"));
        return await AfterAsync(http, id, null, "closed",
            (await ClosingApi.Close(id, request, http, queries, commands, clock, ct)).Result, ct);
    }

    /// <summary>Done: back to the page with a notice (post, redirect, get). Refused: the page again, saying why.</summary>
    private static async Task<IResult> AfterAsync(HttpContext http, Guid id, string? agencyCode, string notice, IResult result, CancellationToken ct)
    {
        var problems = PortalResults.Problems(result, PortalApi.Text(http, null));
        if (problems.Count == 0)
        {
            var anchor = agencyCode is null ? "" : $"#assignment-{Uri.EscapeDataString(LeadAccess.Code(agencyCode))}";
            return Results.Redirect($"/portal/consultations/{id}?notice={notice}{anchor}");
        }
        var state = new PortalPageState { Errors = problems };
        return await PortalConsultations.PageAsync(http, id, state, PortalResults.StatusOf(result), ct);
    }
}
