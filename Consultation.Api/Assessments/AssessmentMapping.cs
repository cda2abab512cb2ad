using Consultation.Api.Consultations;
using Consultation.Core.Assessment;

namespace Consultation.Api.Assessments;

public static class AssessmentMapping
{
    public static AssessmentResponse ToResponse(this AnswerAssessment assessment) => new(
        assessment.Verdict,
        assessment.Score,
        assessment.Reasons.Select(r => new ReasonResponse(r.Code, r.Message)).ToArray());
}
