using Consultation.Core.Auditing;
using Dapper;

namespace Consultation.Core.Consultations;

public sealed partial class ConsultationCommands
{
    /// <summary>Records an answer; a late one is accepted and marked late.</summary>
    public Task<ChangeResult<Answer>> AnswerAsync(AnswerSubmission submission, CancellationToken cancellationToken = default) =>
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
            if (!assignment.AwaitsAnswer)
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
                AssessmentVerdict = submission.AssessmentVerdict,
                AssessmentScore = submission.AssessmentScore,
                AssessmentReasons = submission.AssessmentReasons,
            };
            await connection.ExecuteAsync(
                """
                INSERT INTO answers (id, assignment_id, round, position, content, legal_basis, competent_agency_code, competent_agency_name,
                    submitted_at, late, due_at, assessment_verdict, assessment_score, assessment_reasons)
                VALUES (@Id, @AssignmentId, @Round, @Position, @Content, @LegalBasis, @CompetentAgencyCode, @CompetentAgencyName,
                    @SubmittedAt, @Late, @DueAt, @AssessmentVerdict, @AssessmentScore, @AssessmentReasons)
                """,
                answer,
                transaction);
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry
            {
                At = submission.Now,
                Actor = submission.Actor,
                AgencyCode = submission.AgencyCode,
                Action = answer.Late ? "answer.submitted_late" : "answer.submitted",
                Entity = "assignment",
                EntityId = assignment.Id.ToString(),
                Details = $"round {answer.Round}, position {answer.Position}",
            });
            return ChangeResult<Answer>.Done(answer);
        }, cancellationToken);
}
