using Consultation.Api.Problems;
using Consultation.Core.Agencies;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Consultations;

/// <summary>What the lead agency's (đơn vị chủ trì) actions share: the agency named in the route, and how Core's refusals read.</summary>
public static class LeadAccess
{
    /// <summary>
    /// The agency named in a route, as codes are stored; a malformed one is passed on as written and is
    /// simply not consulted. Whether the caller leads the consultation is Core's decision, in the change.
    /// </summary>
    internal static string Code(string agencyCode) => AgencyCodes.Normalize(agencyCode) ?? agencyCode;

    /// <summary>The problems <see cref="Refused"/> can give, for the API document.</summary>
    internal static RouteHandlerBuilder ProducesLeadProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    internal static ProblemHttpResult Refused(HttpContext http, ChangeOutcome outcome) => outcome switch
    {
        ChangeOutcome.DeemedAgreed => Problem.Conflict(http, "deemed_agreed"),
        ChangeOutcome.NotReferred => Problem.Conflict(http, "not_referred"),
        ChangeOutcome.AlreadyRedirected => Problem.Conflict(http, "already_redirected"),
        ChangeOutcome.AlreadyConsulted => Problem.Conflict(http, "already_consulted"),
        ChangeOutcome.NotFound => Problem.NotFound(http, "consultation_not_found"),
        ChangeOutcome.NotLead => Problem.Forbidden(http, "not_lead"),
        ChangeOutcome.AssignmentNotFound => Problem.NotFound(http, "assignment_not_found"),
        ChangeOutcome.ConsultationNotOpen => Problem.Conflict(http, "consultation_not_open"),
        ChangeOutcome.AlreadyAnswered => Problem.Conflict(http, "already_answered"),
        ChangeOutcome.NotAnswered => Problem.Conflict(http, "not_answered"),
        ChangeOutcome.AlreadyReviewed => Problem.Conflict(http, "already_reviewed"),
        ChangeOutcome.DueNotLater => Problem.Conflict(http, "due_not_later"),
        _ => Problem.Conflict(http, "bad_request"),
    };
}
