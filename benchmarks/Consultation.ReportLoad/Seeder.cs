using Npgsql;

namespace Consultation.ReportLoad;

/// <summary>
/// A year of consultations written with PostgreSQL's binary COPY: each consults five agencies other
/// than its lead; of the assignments, about 70 % are answered on time, 10 % late, 8 % overdue, 5 %
/// deemed agreed and 7 % still in term; 5 % of answers are confirmed vague and 3 % of assignments
/// extended. The mix is harsher than a real province, so the incident lists are long.
/// </summary>
internal static class Seeder
{
    public const int PerConsultation = 5;

    public static async Task SeedAsync(string connectionString, int agencies, int assignments, DateTimeOffset yearStart, DateTimeOffset now)
    {
        var random = new Random(2026);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY agencies (code, name, kind, email, active, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < agencies; i++)
            {
                await writer.WriteRowAsync(default, Code(i), $"Cơ quan thử tải số {i}", "department", $"a{i}@load.test", true, yearStart);
            }
            await writer.CompleteAsync();
        }
        var consultations = assignments / PerConsultation;
        var opened = Enumerable.Range(0, consultations).Select(_ => yearStart.AddMinutes(random.Next(0, 365 * 24 * 60))).ToArray();
        var ids = Enumerable.Range(0, consultations).Select(_ => Guid.NewGuid()).ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY consultations (id, lead_agency_code, document_number, title, issue, proposed_direction, urgency, silence_means_consent, status, opened_at, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < consultations; c++)
            {
                await writer.WriteRowAsync(default, ids[c], Code(c % agencies), $"{c}/LOAD", $"Dự thảo văn bản thử tải số {c}", "Vấn đề thử tải",
                    "Hướng xử lý thử tải", "normal", c % 10 == 0, "open", opened[c], 1);
            }
            await writer.CompleteAsync();
        }
        var answers = new List<(Guid Assignment, DateTimeOffset At, bool Late, DateTimeOffset Due, bool Vague)>();
        var extended = new List<(Guid Assignment, DateTimeOffset Due)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY assignments (id, consultation_id, agency_code, reason, received_at, due_at, status, round, answered_at, escalation_level, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < consultations; c++)
            {
                var due = opened[c].AddDays(7);
                for (var k = 1; k <= PerConsultation; k++)
                {
                    var id = Guid.NewGuid();
                    var roll = random.Next(100);
                    var inTerm = roll >= 93;
                    var dueAt = inTerm ? now.AddDays(3) : due;
                    var (status, answeredAt) = roll switch
                    {
                        < 70 => ("answered", (DateTimeOffset?)opened[c].AddDays(random.Next(1, 7))),
                        < 80 => ("answered", due.AddDays(random.Next(1, 10))),
                        < 88 => ("pending", null),
                        < 93 => ("deemed_agreed", null),
                        _ => ("pending", null),
                    };
                    await writer.WriteRowAsync(default, id, ids[c], Code((c + k) % agencies), "Thử tải", opened[c], dueAt, status, 1,
                        answeredAt, status == "answered" ? 0 : 1, 1);
                    if (answeredAt is { } at)
                    {
                        answers.Add((id, at, at > dueAt, dueAt, random.Next(100) < 5));
                    }
                    if (random.Next(100) < 3)
                    {
                        extended.Add((id, dueAt));
                    }
                }
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY answers (id, assignment_id, round, position, content, submitted_at, late, due_at, review_decision, review_note) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in answers)
            {
                await writer.WriteRowAsync(default, Guid.NewGuid(), a.Assignment, 1, "agree", "Thống nhất với dự thảo.", a.At, a.Late, a.Due,
                    a.Vague ? "confirm_vague" : null, a.Vague ? "Trả lời chung chung" : null);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY deadline_extensions (id, assignment_id, previous_due_at, new_due_at, reason, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in extended)
            {
                await writer.WriteRowAsync(default, Guid.NewGuid(), e.Assignment, e.Due.AddDays(-3), e.Due, "Gia hạn thử tải", e.Due.AddDays(-4));
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public static string Code(int i) => $"A{i:000}";
}
