using Npgsql;
using NpgsqlTypes;

namespace Consultation.EscalationLoad;

/// <summary>Writes the open work with PostgreSQL's binary COPY: a million rows in seconds.</summary>
internal static class Seeder
{
    public const int Agencies = 200;

    public static async Task SeedAsync(string connectionString, int open, int due, DateTimeOffset dueMoment)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        await using (var agencies = await connection.BeginBinaryImportAsync("COPY agencies (code, name, kind, email, active, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < Agencies; i++)
            {
                await agencies.WriteRowAsync(default, $"A{i:000}", $"Cơ quan {i}", "department", $"a{i}@load.test", true, now);
            }
            await agencies.CompleteAsync();
        }
        var consultations = (open + Agencies - 1) / Agencies;
        var ids = Enumerable.Range(0, consultations).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY consultations (id, lead_agency_code, document_number, title, issue, proposed_direction, urgency, silence_means_consent, status, opened_at, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < consultations; c++)
            {
                await writer.WriteRowAsync(default, ids[c], "A000", $"{c}/LOAD", "Tải thử", "Vấn đề tải thử", "Hướng xử lý tải thử", "normal", false, "open", now, 1);
            }
            await writer.CompleteAsync();
        }
        var later = dueMoment.AddDays(30);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY assignments (id, consultation_id, agency_code, reason, received_at, due_at, status, round, escalation_level, version, requested_notified, reminder_sent) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < open; n++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(ids[n / Agencies], NpgsqlDbType.Uuid);
                await writer.WriteAsync($"A{(n % Agencies) + 0:000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Tải thử", NpgsqlDbType.Text);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                // Every tenth assignment falls due at the same moment; the rest a month later.
                await writer.WriteAsync(n % (open / due) == 0 ? dueMoment : later, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("pending", NpgsqlDbType.Varchar);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean);
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
