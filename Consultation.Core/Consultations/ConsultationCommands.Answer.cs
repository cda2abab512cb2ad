using System.Data.Common;
using Consultation.Core.Assessment;
using Consultation.Core.Auditing;
using Consultation.Core.Escalations;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>
    /// Records an answer with its assessment (<see cref="Answers.SubmitAsync"/> is the way in); a late one
    /// is accepted and marked late, also after silence was recorded as agreement. A not_competent answer tells the lead at once, and the supervisor too when it sends
    /// the request back round its chain of redirects.
    /// </summary>
    internal Task<ChangeResult<Answer>> AnswerAsync(AnswerSubmission submission, AnswerAssessment assessment, CancellationToken cancellationToken = default) =>
        WithRetryAsync<Answer>(async (connection, transaction) =>
        {
            var status = await ReadStatusAsync(connection, transaction, submission.ConsultationId);
            if (status is null)
            {
                return ChangeResult<Answer>.Failed(ChangeOutcome.NotFound);
            }
            var assignment = await ReadAssignmentAsync(connection, transaction, submission.ConsultationId, submission.AgencyCode);
            if (assignment is null)
            {
                return ChangeResult<Answer>.Failed(ChangeOutcome.NotConsulted);
            }
            if (status != ConsultationStatus.Open)
            {
                return ChangeResult<Answer>.Failed(ChangeOutcome.ConsultationNotOpen);
            }
            if (!assignment.AcceptsAnswer)
            {
                return ChangeResult<Answer>.Failed(ChangeOutcome.AlreadyAnswered);
            }
            var claimed = await connection.ExecuteAsync(
                """
                UPDATE assignments SET status = @answered, answered_at = @Now, version = version + 1
                WHERE id = @Id AND version = @Version
                """,
                new { answered = AssignmentStatus.Answered, submission.Now, assignment.Id, assignment.Version },
                transaction);
            if (claimed == 0)
            {
                return null;
            }
            var answer = new Answer
            {
                Id = Guid.NewGuid(),
                AssignmentId = assignment.Id,
                Round = assignment.Round,
                Position = submission.Position,
                Content = submission.Content,
                LegalBasis = submission.LegalBasis,
                CompetentAgencyCode = submission.CompetentAgencyCode,
                CompetentAgencyName = submission.CompetentAgencyName,
                SubmittedAt = submission.Now,
                Late = submission.Now > assignment.DueAt,
                DueAt = assignment.DueAt,
                AssessmentVerdict = assessment.Verdict,
                AssessmentScore = assessment.Score,
                AssessmentReasons = assessment.ReasonsJson(),
                ReferralRing = await ClosesRingAsync(connection, transaction, assignment, submission),
            };
            var parameters = new DynamicParameters(answer);
            parameters.Add("VagueEscalated", assessment.IsVague);
            await connection.ExecuteAsync(
                """
                INSERT INTO answers (id, assignment_id, round, position, content, legal_basis, competent_agency_code, competent_agency_name,
                    submitted_at, late, due_at, assessment_verdict, assessment_score, assessment_reasons, referral_ring, vague_escalated)
                VALUES (@Id, @AssignmentId, @Round, @Position, @Content, @LegalBasis, @CompetentAgencyCode, @CompetentAgencyName,
                    @SubmittedAt, @Late, @DueAt, @AssessmentVerdict, @AssessmentScore, @AssessmentReasons, @ReferralRing, @VagueEscalated)
                """,
                parameters,
                transaction);
            // A vague answer asks the lead to review it: recorded with the answer, so neither exists without the other.
            if (assessment.IsVague)
            {
                await RecordEscalationAsync(connection, transaction, assignment.Id, EscalationKinds.VagueAnswer, 1, answer.Id, submission.Now);
            }
            if (answer.Position == Positions.NotCompetent)
            {
                await RecordEscalationAsync(connection, transaction, assignment.Id, EscalationKinds.Referred, 1, answer.Id, submission.Now);
            }
            if (answer.ReferralRing)
            {
                await RecordEscalationAsync(connection, transaction, assignment.Id, EscalationKinds.ReferralRing, 2, answer.Id, submission.Now);
            }
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = submission.Now,
                Actor = submission.Actor,
                AgencyCode = submission.AgencyCode,
                Action = answer.Late ? "answer.submitted_late" : "answer.submitted",
                Entity = "assignment",
                EntityId = assignment.Id.ToString(),
                Details = $"round {answer.Round}, position {answer.Position}"
                    + (assignment.Status == AssignmentStatus.DeemedAgreed ? ", after silence was recorded as agreement" : "")
                    + (answer.ReferralRing ? ", referral ring" : ""),
            });
            return ChangeResult<Answer>.Done(answer);
        }, cancellationToken);

    /// <summary>Whether a not_competent answer names an agency that already passed this request on.</summary>
    private static async Task<bool> ClosesRingAsync(DbConnection connection, DbTransaction transaction, Assignment assignment, AnswerSubmission submission)
    {
        if (submission.Position != Positions.NotCompetent || submission.CompetentAgencyCode is not { } named || assignment.RedirectedFromId is null)
        {
            return false;
        }
        var chain = await ReferralChain.ReadAsync(connection, transaction, assignment.Id);
        return chain.Any(link => link.AgencyCode == named);
    }
}
