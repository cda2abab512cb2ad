using Consultation.Core.Assessment;
using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

public sealed record AnswerResponse(
    Guid Id,
    int Round,
    string Position,
    string Content,
    string? LegalBasis,
    string? CompetentAgencyCode,
    string? CompetentAgencyName,
    DateTimeOffset SubmittedAt,
    bool Late,
    AssessmentResponse? Assessment,
    ReviewResponse? Review,
    bool ReferralRing)
{
    public static AnswerResponse From(Answer a) => new(
        a.Id, a.Round, a.Position, a.Content, a.LegalBasis, a.CompetentAgencyCode, a.CompetentAgencyName, a.SubmittedAt, a.Late,
        a.AssessmentVerdict is null
            ? null
            : new AssessmentResponse(a.AssessmentVerdict, a.AssessmentScore ?? 0,
                AnswerAssessment.ReadReasons(a.AssessmentReasons).Select(r => new ReasonResponse(r.Code, r.Message)).ToArray()),
        a.ReviewDecision is null ? null : new ReviewResponse(a.ReviewDecision, a.ReviewNote, a.ReviewedAt),
        a.ReferralRing);
}

public sealed record AssessmentResponse(string Verdict, double Score, IReadOnlyList<ReasonResponse> Reasons);

public sealed record ReasonResponse(string Code, string Message);

public sealed record ReviewResponse(string Decision, string? Note, DateTimeOffset? ReviewedAt);
