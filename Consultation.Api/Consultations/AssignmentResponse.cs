using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

public sealed record AssignmentResponse(
    string AgencyCode,
    string Reason,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    int? DueWorkingDays,
    string Status,
    bool Overdue,
    int Round,
    int EscalationLevel,
    IReadOnlyList<AnswerResponse> Answers,
    string? RedirectedFrom,
    DateTimeOffset? DeemedAgreedAt)
{
    // redirectedFrom: the code of the agency whose not_competent answer was redirected to this assignment.
    public static AssignmentResponse From(Assignment a, IEnumerable<Answer> answers, DateTimeOffset now, string? redirectedFrom = null) => new(
        a.AgencyCode, a.Reason, a.ReceivedAt, a.DueAt, a.DueWorkingDays, a.Status, a.IsOverdue(now), a.Round, a.EscalationLevel,
        answers.OrderBy(x => x.Round).Select(AnswerResponse.From).ToArray(), redirectedFrom, a.DeemedAgreedAt);
}
