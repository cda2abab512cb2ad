using Consultation.Api.Consultations;
using Consultation.Core.Assessment;
using Consultation.Core.Consultations;

namespace Consultation.Api.Assessments;

public static class AssessmentMapping
{
    public static AssessmentResponse ToResponse(this AnswerAssessment assessment) => new(
        assessment.Verdict,
        assessment.Score,
        assessment.Reasons.Select(r => new ReasonResponse(r.Code, r.Message)).ToArray());

    /// <summary>
    /// What an answer to <paramref name="consultation"/> is judged against: the title and the proposed
    /// direction belong to the question too, and figures repeated from them are not new substance.
    /// </summary>
    public static string IssueOf(ConsultationRecord consultation) =>
        $"{consultation.Title}. {consultation.Issue}. {consultation.ProposedDirection}";
}
