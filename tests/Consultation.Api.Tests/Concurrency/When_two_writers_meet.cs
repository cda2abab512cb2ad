using System.Net;
using System.Net.Http.Json;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Concurrency;

/// <summary>The database decides between writers that meet: nothing is lost and nothing is recorded twice.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_two_writers_meet<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const int Rounds = 10;

    [Test]
    public async Task Should_record_exactly_one_of_two_simultaneous_answers()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await OpenAsync();
            var a = As("STP");
            var b = As("STP");

            var responses = await Task.WhenAll(
                a.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer("agree", "Thống nhất với phương án 60/40 như dự thảo")),
                b.PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer()));

            Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1), $"round {round}");
            Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(1), $"round {round}");
            Assert.That(await AnswersStoredAsync(id), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Should_judge_lateness_against_whichever_due_date_won_the_race()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var body = ValidConsultation();
            body.Remove("workingDays");
            var now = Factory.Clock.GetUtcNow();
            body["dueAt"] = now.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var id = await OpenAsync(body);
            // The original deadline passes; the lead extends while the agency answers.
            Factory.Clock.Advance(TimeSpan.FromHours(2));

            var answer = As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
            var extension = As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/extension",
                new { workingDays = 5, reason = "Gia hạn theo đề nghị của Sở Tư pháp" });
            await Task.WhenAll(answer, extension);

            Assert.That(answer.Result.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"round {round}");
            var late = (await Json(answer.Result))["late"]!.GetValue<bool>();
            if (extension.Result.StatusCode == HttpStatusCode.OK)
            {
                Assert.That(late, Is.False, $"round {round}: the extension committed first, so the answer is on time");
            }
            else
            {
                Assert.That(extension.Result.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), $"round {round}");
                Assert.That(late, Is.True, $"round {round}: the answer committed first, against the original deadline");
            }
        }
    }

    [Test]
    public async Task Should_not_accept_an_answer_that_races_the_close_after_it()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await OpenAsync();

            var answer = As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
            var close = As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/close",
                new { synthesis = "Tổng hợp ý kiến các sở, trình UBND tỉnh xem xét quyết định." });
            await Task.WhenAll(answer, close);

            Assert.That(close.Result.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var stored = await AnswersStoredAsync(id);
            Assert.That(stored, Is.EqualTo(answer.Result.StatusCode == HttpStatusCode.Created ? 1 : 0), $"round {round}");
            if (answer.Result.StatusCode != HttpStatusCode.Created)
            {
                Assert.That(answer.Result.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            }
        }
    }

    private async Task<int> AnswersStoredAsync(Guid consultationId)
    {
        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM answers a JOIN assignments s ON s.id = a.assignment_id WHERE s.consultation_id = @consultationId",
            new { consultationId });
    }
}
