using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Reports;

/// <summary>
/// The reads behind reports and scorecards: a few grouped queries over the assignments of a period,
/// however many agencies there are. What comes back is one row per agency and bucket, or one per
/// incident, so the working days are counted in C# over a small set of rows.
/// </summary>
public sealed partial class CooperationQueries(Db db)
{
    private const string Awaiting = "('pending', 'clarification_requested')";

    // An unanswered assignment is judged at the report's moment, or at the close of its consultation,
    // after which no answer could be given.
    private const string AwaitedUntil = "CASE WHEN c.status = 'closed' AND c.closed_at < @asOf THEN c.closed_at ELSE @asOf END";

    /// <summary>Per consulted agency and bucket: the assignments in each state, answers, confirmed vague answers and extensions.</summary>
    public async Task<IReadOnlyList<CooperationCounts>> CountsAsync(
        CooperationScope scope, IReadOnlyList<ReportPeriod> buckets, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(scope, asOf);
        var bucket = Bucket(buckets, parameters);
        var sql = $"""
            WITH in_scope AS (
                SELECT a.id, a.agency_code, a.status, a.round, a.due_at, {AwaitedUntil} AS awaited_until, {bucket} AS bucket
                FROM assignments a JOIN consultations c ON c.id = a.consultation_id
                WHERE {where}
            ),
            answered AS (
                SELECT s.id, CAST(COUNT(*) AS int) AS answers,
                    CAST(SUM(CASE WHEN n.late = {db.Dialect.True} THEN 1 ELSE 0 END) AS int) AS late_answers,
                    CAST(SUM(CASE WHEN n.review_decision = 'confirm_vague' THEN 1 ELSE 0 END) AS int) AS vague,
                    CAST(SUM(CASE WHEN n.round = s.round AND n.position = 'not_competent' THEN 1 ELSE 0 END) AS int) AS referrals,
                    CAST(SUM(CASE WHEN n.round = s.round AND n.position = 'not_competent'
                        AND (n.assessment_verdict IS NULL OR n.assessment_verdict <> 'clear' OR n.review_decision = 'confirm_vague') THEN 1 ELSE 0 END) AS int) AS unclear_referrals,
                    CAST(SUM(CASE WHEN n.referral_ring = {db.Dialect.True} THEN 1 ELSE 0 END) AS int) AS rings
                FROM in_scope s JOIN answers n ON n.assignment_id = s.id
                GROUP BY s.id
            ),
            redirected AS (
                SELECT s.id, CAST(COUNT(*) AS int) AS redirects
                FROM in_scope s JOIN assignments r ON r.redirected_from_id = s.id
                GROUP BY s.id
            ),
            extended AS (
                SELECT s.id, CAST(COUNT(*) AS int) AS extensions
                FROM in_scope s JOIN deadline_extensions e ON e.assignment_id = s.id
                GROUP BY s.id
            )
            SELECT s.bucket, s.agency_code, g.name,
                COUNT(*) AS assigned,
                SUM(CASE WHEN s.status = 'answered' AND COALESCE(x.late_answers, 0) = 0 THEN 1 ELSE 0 END) AS on_time,
                SUM(CASE WHEN s.status = 'answered' AND x.late_answers > 0 THEN 1 ELSE 0 END) AS late,
                SUM(CASE WHEN s.status IN {Awaiting} AND s.due_at < s.awaited_until THEN 1 ELSE 0 END) AS overdue,
                SUM(CASE WHEN s.status IN {Awaiting} AND s.due_at >= s.awaited_until THEN 1 ELSE 0 END) AS in_term,
                SUM(CASE WHEN s.status = 'deemed_agreed' THEN 1 ELSE 0 END) AS deemed_agreed,
                SUM(COALESCE(x.answers, 0)) AS answers,
                SUM(COALESCE(x.vague, 0)) AS confirmed_vague,
                SUM(COALESCE(e.extensions, 0)) AS extensions,
                SUM(CASE WHEN x.referrals > 0 THEN 1 ELSE 0 END) AS referred,
                SUM(CASE WHEN x.unclear_referrals > 0 THEN 1 ELSE 0 END) AS unclear_referrals,
                SUM(COALESCE(r.redirects, 0)) AS redirected,
                SUM(COALESCE(x.rings, 0)) AS rings
            FROM in_scope s
            JOIN agencies g ON g.code = s.agency_code
            LEFT JOIN answered x ON x.id = s.id
            LEFT JOIN extended e ON e.id = s.id
            LEFT JOIN redirected r ON r.id = s.id
            GROUP BY s.bucket, s.agency_code, g.name
            ORDER BY s.agency_code, s.bucket
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CooperationCounts>(sql, parameters)).AsList();
    }

    /// <summary>The consultations with an assignment in the scope (a deadline in its period).</summary>
    public async Task<int> ConsultationCountAsync(CooperationScope scope, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(scope, DateTimeOffset.UnixEpoch);
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            $"SELECT COUNT(DISTINCT c.id) FROM assignments a JOIN consultations c ON c.id = a.consultation_id WHERE {where}", parameters);
    }

    /// <summary>The lead units with an assignment due in the period, for the monthly reports.</summary>
    public async Task<IReadOnlyList<string>> LeadsAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Filter(new CooperationScope(period), DateTimeOffset.UnixEpoch);
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(
            $"SELECT DISTINCT c.lead_agency_code FROM assignments a JOIN consultations c ON c.id = a.consultation_id WHERE {where} ORDER BY c.lead_agency_code",
            parameters)).AsList();
    }

    // An assignment belongs to the period in which its deadline (as it stands, after extensions and
    // clarification rounds) fell: a deadline at 24:00 of the last day is stored as 00:00 of the next,
    // hence the half-open interval (start, end]. A monthly report, made after its month, so finds every
    // assignment of the month settled, and an assignment opened late in a month is counted in the
    // report of the month it came due, never in none. Withdrawn requests bind nobody.
    private static (string Where, DynamicParameters Parameters) Filter(CooperationScope scope, DateTimeOffset asOf)
    {
        var parameters = new DynamicParameters();
        parameters.Add("start", scope.Period.Start);
        parameters.Add("end", scope.Period.End);
        parameters.Add("asOf", asOf);
        var where = "a.due_at > @start AND a.due_at <= @end AND c.status <> 'withdrawn'";
        if (scope.Lead is not null)
        {
            where += " AND c.lead_agency_code = @lead";
            parameters.Add("lead", scope.Lead);
        }
        if (scope.Agency is not null)
        {
            where += " AND a.agency_code = @agency";
            parameters.Add("agency", scope.Agency);
        }
        return (where, parameters);
    }

    /// <summary>The index of the bucket an assignment falls in, by its deadline; 0 for a single bucket.</summary>
    private static string Bucket(IReadOnlyList<ReportPeriod> buckets, DynamicParameters parameters)
    {
        if (buckets.Count <= 1)
        {
            return "0";
        }
        var cases = new System.Text.StringBuilder("CASE");
        for (var i = 1; i < buckets.Count; i++)
        {
            parameters.Add($"b{i}", buckets[i].Start);
            cases.Append(System.Globalization.CultureInfo.InvariantCulture, $" WHEN a.due_at <= @b{i} THEN {i - 1}");
        }
        return cases.Append(System.Globalization.CultureInfo.InvariantCulture, $" ELSE {buckets.Count - 1} END").ToString();
    }
}
