using System.Net.Http.Json;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Assessments;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_clarification_period_is_configured<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Deadlines:ClarificationWorkingDays"] = "4" };

    [Test]
    public async Task Should_use_it_when_the_lead_names_no_due_moment()
    {
        var id = await OpenAsync();
        await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", new { position = "agree", content = "Thống nhất." });

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/review",
            new { decision = "request_clarification", note = "Đề nghị nêu rõ ý kiến về mức tối thiểu 500 triệu đồng." });

        Assert.That((await Json(response))["dueWorkingDays"]!.GetValue<int>(), Is.EqualTo(4));
    }
}
