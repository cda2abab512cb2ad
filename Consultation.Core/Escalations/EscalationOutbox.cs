using System.Data.Common;
using Consultation.Core.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Escalations;

/// <summary>
/// The outbox side of escalations: claims unpublished rows for a publisher, which marks what the broker
/// confirmed before the claim is released (<see cref="ClaimedBatch"/>). A crash in between leaves them
/// unpublished, so they are sent again; each message carries the escalation's id as its MessageId, and
/// consumers record their work under it, which makes the repeat harmless.
/// </summary>
public sealed class EscalationOutbox(Db db, TimeProvider clock, IOptions<EscalationOptions> options)
{
    // Escalations whose occurrence is an answer's id, and whose message quotes that answer.
    private static readonly HashSet<string> AnswerKinds =
        [EscalationKinds.VagueAnswer, EscalationKinds.ClarificationRequested, EscalationKinds.Referred, EscalationKinds.ReferralRing];

    /// <summary>Claims the oldest unpublished escalations, at most a batch; an empty batch means nothing is pending.</summary>
    public async Task<ClaimedBatch> ClaimAsync(CancellationToken cancellationToken = default)
    {
        var dialect = db.Dialect;
        var batchSize = options.Value.BatchSize;
        // Claim ids alone, so the lock and the LIMIT stay on one index; then read what the messages need.
        var claim = $"""
            SELECT {dialect.Top(batchSize)} id FROM escalations {dialect.ClaimHint}
            WHERE published_at IS NULL
            ORDER BY created_at {dialect.Limit(batchSize)} {dialect.ClaimSuffix("escalations")}
            """;
        var details = $"""
            SELECT e.id, e.kind, e.level, e.occurrence, e.created_at, a.id AS assignment_id,
                c.id AS consultation_id, c.document_number, c.title, c.issue, c.proposed_direction, c.urgency,
                c.lead_agency_code, la.name AS lead_agency_name, a.agency_code, ag.name AS agency_name, a.reason, a.due_at, a.received_at,
                a.due_working_days, a.round, c.silence_means_consent
            FROM escalations e
                JOIN assignments a ON a.id = e.assignment_id
                JOIN consultations c ON c.id = a.consultation_id
                JOIN agencies la ON la.code = c.lead_agency_code
                JOIN agencies ag ON ag.code = a.agency_code
            WHERE {dialect.InList("e.id", "ids")}
            ORDER BY e.created_at
            """;
        var connection = await db.OpenAsync(cancellationToken);
        DbTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            var claimed = (await connection.QueryAsync<Guid>(claim, transaction: transaction)).AsList();
            var batch = claimed.Count == 0
                ? []
                : (await connection.QueryAsync<PendingEscalation>(details, new { ids = dialect.Ids(claimed) }, transaction)).AsList();
            var answers = await AnswersAsync(connection, transaction, batch);
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Kind == EscalationKinds.ReferralRing)
                {
                    var chain = await Consultations.ReferralChain.ReadAsync(connection, transaction, batch[i].AssignmentId);
                    batch[i] = batch[i] with { Chain = chain.Select(link => link.AgencyName).ToList() };
                }
            }
            return new ClaimedBatch(connection, transaction, dialect, clock, batch, answers, claimed.Count >= batchSize);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The answers the batch's answer-keyed escalations concern (their occurrence is the answer's id).</summary>
    private async Task<Dictionary<Guid, AnswerDetail>> AnswersAsync(DbConnection connection, DbTransaction transaction, IEnumerable<PendingEscalation> batch)
    {
        var ids = batch.Where(e => AnswerKinds.Contains(e.Kind)).Select(e => Occurrence.Answer(e.Occurrence)).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<AnswerDetail>(
            $"""
            SELECT ans.id, ans.position, ans.content, ans.legal_basis, ans.competent_agency_code,
                COALESCE(ca.name, ans.competent_agency_name) AS competent_agency_name,
                ans.assessment_verdict, ans.assessment_score, ans.assessment_reasons, ans.review_note
            FROM answers ans LEFT JOIN agencies ca ON ca.code = ans.competent_agency_code
            WHERE {db.Dialect.InList("ans.id", "ids")}
            """,
            new { ids = db.Dialect.Ids(ids) }, transaction);
        return rows.ToDictionary(a => a.Id);
    }

    /// <summary>How many escalations wait to be published, and since when: what ops and readiness look at.</summary>
    public async Task<(int Count, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM escalations WHERE published_at IS NULL");
        var oldest = count == 0
            ? (DateTimeOffset?)null
            : await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT MIN(created_at) FROM escalations WHERE published_at IS NULL");
        return (count, oldest);
    }
}
