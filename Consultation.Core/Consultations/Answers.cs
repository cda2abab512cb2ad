using Consultation.Core.Agencies;
using Consultation.Core.Assessment;
using Consultation.Core.Validation;

namespace Consultation.Core.Consultations;

/// <summary>
/// The one home of "answer a consultation" (item 1(i): a clear position, within the agency's functions):
/// who may answer, what a well-formed answer is, how it is judged, and what storing it sets off. The
/// preview runs the same reading and the same judgement without storing, so the two cannot disagree.
/// </summary>
public sealed class Answers(ConsultationQueries queries, ConsultationCommands commands, AgencyStore agencies, AnswerAssessor assessor)
{
    /// <summary>
    /// Records <paramref name="agencyCode"/>'s answer, judged against the stored question; the reasons are
    /// stored in Vietnamese, because others read them. A vague one asks the lead to review it, in the same
    /// transaction as the answer.
    /// </summary>
    public async Task<AnswerOutcome> SubmitAsync(
        Guid consultationId, AnswerDraft draft, string agencyCode, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var detail = await queries.GetAsync(consultationId, cancellationToken);
        if (detail is null || !detail.IsParty(agencyCode))
        {
            return new AnswerOutcome(ChangeOutcome.NotFound, null, null, null);
        }
        if (detail.AssignmentOf(agencyCode) is null)
        {
            return new AnswerOutcome(ChangeOutcome.NotConsulted, null, null, null);
        }
        var problems = new FieldProblems();
        var submission = await AnswerRules.ReadAsync(draft, agencyCode, positionRequired: true, agencies, problems, cancellationToken);
        if (submission is null)
        {
            return new AnswerOutcome(ChangeOutcome.Invalid, null, null, problems);
        }
        var assessment = assessor.Assess(Input(submission, detail.Consultation, null), ReasonLanguage.Vietnamese);
        var result = await commands.AnswerAsync(submission with { ConsultationId = consultationId, Actor = actor, Now = now }, assessment, cancellationToken);
        return new AnswerOutcome(result.Outcome, result.Value, result.Outcome == ChangeOutcome.Done ? assessment : null, null);
    }

    /// <summary>
    /// Judges a draft as <see cref="SubmitAsync"/> would, against <paramref name="consultation"/> when given
    /// (the caller must be party to it) or else against <paramref name="issue"/> text. Nothing is stored.
    /// </summary>
    public async Task<(AnswerAssessment? Assessment, FieldProblems Problems)> PreviewAsync(
        AnswerDraft draft, ConsultationRecord? consultation, string? issue, ReasonLanguage language, CancellationToken cancellationToken = default)
    {
        var problems = new FieldProblems();
        var submission = await AnswerRules.ReadAsync(draft, null, positionRequired: false, agencies, problems, cancellationToken);
        if (submission is null)
        {
            return (null, problems);
        }
        return (assessor.Assess(Input(submission, consultation, issue), language), problems);
    }

    private static AssessmentInput Input(AnswerSubmission submission, ConsultationRecord? consultation, string? issue) => new()
    {
        Position = submission.Position,
        Content = submission.Content,
        LegalBasis = submission.LegalBasis,
        CompetentAgencyCode = submission.CompetentAgencyCode,
        CompetentAgencyName = submission.CompetentAgencyName,
        Issue = consultation?.QuestionText ?? issue,
        LeadAgencyCode = consultation?.LeadAgencyCode,
    };
}
