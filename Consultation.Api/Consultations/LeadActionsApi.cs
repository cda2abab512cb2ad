using Consultation.Api.Agencies;
using Consultation.Api.Auth;
using Consultation.Api.Problems;
using Consultation.Core.Auditing;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Core.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Consultations;

/// <summary>What only the lead agency (đơn vị chủ trì) may do: review answers, extend deadlines, close (redirects: <see cref="RedirectsApi"/>).</summary>
public static class LeadActionsApi
{
    public static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Review(
        Guid id, string agencyCode, ReviewRequest request, HttpContext http, ConsultationQueries queries, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var (caller, code, denied) = await AuthorizeLeadAsync(id, agencyCode, http, queries, ct);
        if (denied is not null)
        {
            return denied;
        }
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        if (request.Decision is null)
        {
            errors.Add("decision", "required");
        }
        else if (!ReviewDecisions.All.Contains(request.Decision))
        {
            errors.Add("decision", "unknown_value", string.Join(", ", ReviewDecisions.All));
        }
        var note = Text.Optional(request.Note, "note", 4_000, errors);
        if (request.Decision == ReviewDecisions.ConfirmVague && note is null && !errors.Has("note"))
        {
            // Only confirmed vague answers count against an agency, so the lead must say what falls short.
            errors.Add("note", "note_required_for_confirm_vague");
        }
        DueMoment? due = null;
        if (request.Decision == ReviewDecisions.RequestClarification)
        {
            due = DueMoment.Read(request.DueAt, request.WorkingDays, deadlines.Value.ClarificationWorkingDays, now, calendar, deadlines.Value, errors);
        }
        else if (request.DueAt is not null || request.WorkingDays is not null)
        {
            errors.Add("dueAt", "due_only_for_clarification");
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var result = await commands.ReviewAsync(new Core.Consultations.Review
        {
            ConsultationId = id,
            AgencyCode = code!,
            Decision = request.Decision!,
            Note = note,
            DueAt = due?.DueAt,
            WorkingDays = due?.WorkingDays,
            Actor = caller.Actor,
            LeadAgencyCode = caller.AgencyCode!,
            Now = now,
        }, ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Ok(AssignmentResponse.From(result.Value!, [], now))
            : Refused(http, result.Outcome);
    }

    public static async Task<Results<Ok<AssignmentResponse>, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, string agencyCode, ExtensionRequest request, HttpContext http, ConsultationQueries queries, ConsultationCommands commands,
        IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock, CancellationToken ct)
    {
        var (caller, code, denied) = await AuthorizeLeadAsync(id, agencyCode, http, queries, ct);
        if (denied is not null)
        {
            return denied;
        }
        var now = clock.GetUtcNow();
        var errors = new FieldErrors(http.Lang());
        var reason = Text.Required(request.Reason, "reason", 2_000, errors);
        var due = DueMoment.Read(request.DueAt, request.WorkingDays, null, now, calendar, deadlines.Value, errors);
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var result = await commands.ExtendAsync(new DueChange
        {
            ConsultationId = id,
            AgencyCode = code!,
            DueAt = due!.DueAt,
            WorkingDays = due.WorkingDays,
            Reason = reason!,
            Actor = caller.Actor,
            LeadAgencyCode = caller.AgencyCode!,
            Now = now,
        }, ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Ok(AssignmentResponse.From(result.Value!, [], now))
            : Refused(http, result.Outcome);
    }

    public static async Task<Results<Ok<ConsultationResponse>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseRequest request, HttpContext http, ConsultationQueries queries, ConsultationCommands commands,
        TimeProvider clock, CancellationToken ct)
    {
        var (caller, _, denied) = await AuthorizeLeadAsync(id, null, http, queries, ct);
        if (denied is not null)
        {
            return denied;
        }
        var errors = new FieldErrors(http.Lang());
        var synthesis = Text.Required(request.Synthesis, "synthesis", 50_000, errors);
        if (synthesis is not null && VietnameseText.WordCount(synthesis) < OpenConsultationValidation.MinSubstantiveWords)
        {
            errors.Add("synthesis", "not_substantive", OpenConsultationValidation.MinSubstantiveWords);
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var now = clock.GetUtcNow();
        var audit = new AuditEntry
        {
            At = now,
            Actor = caller.Actor,
            AgencyCode = caller.AgencyCode,
            Action = "consultation.closed",
            Entity = "consultation",
            EntityId = id.ToString(),
        };
        var result = await commands.CloseAsync(id, synthesis!, audit, ct);
        if (result.Outcome != ChangeOutcome.Done)
        {
            return Refused(http, result.Outcome);
        }
        var detail = await queries.GetAsync(id, ct);
        return TypedResults.Ok(ConsultationResponse.From(detail!.Consultation, detail.Assignments, detail.Answers, caller.AgencyCode, now));
    }

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
