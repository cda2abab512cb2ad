using Npgsql;
using NpgsqlTypes;

namespace Consultation.Comparison;

/// <summary>Writes the open work with PostgreSQL's binary COPY: a million rows in seconds.</summary>
internal static class Seeder
{
    public const int Agencies = 200;

    /// <summary>Every (open / due)-th assignment falls due at <paramref name="dueAt"/>; the rest a month later.</summary>
    public static async Task SeedAsync(string connectionString, int open, int due, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        await using (var agencies = await connection.BeginBinaryImportAsync("COPY agencies (code, name, kind, email, active, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < Agencies; i++)
            {
                await agencies.WriteRowAsync(cancellationToken, $"A{i:000}", $"Cơ quan {i}", "department", $"a{i}@comparison.test", true, now);
            }
            await agencies.CompleteAsync(cancellationToken);
        }
        var consultations = (open + Agencies - 1) / Agencies;
        var ids = Enumerable.Range(0, consultations).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY consultations (id, lead_agency_code, document_number, title, issue, proposed_direction, urgency, silence_means_consent, status, opened_at, version) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var c = 0; c < consultations; c++)
            {
                await writer.WriteRowAsync(cancellationToken, ids[c], "A000", $"{c}/SS", "Đo so sánh", "Vấn đề đo so sánh", "Hướng xử lý đo so sánh", "normal", false, "open", now, 1);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        var later = dueAt.AddDays(30);
        var every = Math.Max(1, open / due);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY assignments (id, consultation_id, agency_code, reason, received_at, due_at, status, round, escalation_level, version, requested_notified, reminder_sent) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var n = 0; n < open; n++)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(ids[n / Agencies], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"A{n % Agencies:000}", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("Đo so sánh", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(n % every == 0 && n / every < due ? dueAt : later, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync("pending", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                // Asked and reminded already: the run is about the deadline alone.
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
