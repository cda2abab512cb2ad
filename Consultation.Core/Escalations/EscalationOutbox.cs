using System.Data.Common;
using Consultation.Core.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Escalations;

/// <summary>
/// The outbox side of escalations: claims unpublished rows, hands them to a publisher, and marks
/// them published in the same transaction only after the publisher returns (the broker confirmed).
/// A crash in between leaves them unpublished, so they are sent again; each message carries the
/// escalation's id as its MessageId, which makes the repeat harmless to consumers.
/// </summary>
public sealed class EscalationOutbox(Db db, TimeProvider clock, IOptions<EscalationOptions> options)
{
    // Escalations whose occurrence is an answer's id, and whose message quotes that answer.
    private static readonly HashSet<string> AnswerKinds =
        [EscalationKinds.VagueAnswer, EscalationKinds.ClarificationRequested, EscalationKinds.Referred, EscalationKinds.ReferralRing];

    /// <summary>Publishes a batch; returns the ids the broker confirmed, and the failure if some were not.</summary>
    public delegate Task<PublishOutcome> Publisher(
        IReadOnlyList<PendingEscalation> batch, IReadOnlyDictionary<Guid, AnswerDetail> answers, CancellationToken cancellationToken);

    /// <summary>Publishes until nothing is pending; returns how many were published.</summary>
    public async Task<int> PublishPendingAsync(Publisher publish, CancellationToken cancellationToken = default)
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
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var claimed = (await connection.QueryAsync<Guid>(claim, transaction: transaction)).AsList();
            if (claimed.Count == 0)
            {
                break;
            }
            var batch = (await connection.QueryAsync<PendingEscalation>(details, new { ids = dialect.Ids(claimed) }, transaction)).AsList();
            var answers = await AnswersAsync(connection, transaction, batch);
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Kind == EscalationKinds.ReferralRing)
                {
                    var chain = await Consultations.ReferralChain.ReadAsync(connection, transaction, batch[i].AssignmentId);
                    batch[i] = batch[i] with { Chain = chain.Select(link => link.AgencyName).ToList() };
                }
            }
            var outcome = await publish(batch, answers, cancellationToken);
            // What the broker confirmed is marked even when the rest failed (a timeout part-way through
            // a batch), so a retry re-sends only what may not have arrived.
            if (outcome.Confirmed.Count > 0)
            {
                await connection.ExecuteAsync(
                    $"UPDATE escalations SET published_at = @now WHERE {dialect.InList("id", "ids")}",
                    new { now = clock.GetUtcNow(), ids = dialect.Ids(outcome.Confirmed) },
                    transaction);
            }
            await transaction.CommitAsync(CancellationToken.None);
            total += outcome.Confirmed.Count;
            if (outcome.Failure is not null)
            {
                throw new EscalationPublishException(outcome.Confirmed.Count, batch.Count, outcome.Failure);
            }
            if (claimed.Count < batchSize)
            {
                break;
            }
        }
        return total;
    }

    /// <summary>The answers the batch's answer-keyed escalations concern (their occurrence is the answer's id).</summary>
    private async Task<Dictionary<Guid, AnswerDetail>> AnswersAsync(DbConnection connection, DbTransaction transaction, IEnumerable<PendingEscalation> batch)
    {
        var ids = batch.Where(e => AnswerKinds.Contains(e.Kind)).Select(e => Guid.Parse(e.Occurrence)).Distinct().ToArray();
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
