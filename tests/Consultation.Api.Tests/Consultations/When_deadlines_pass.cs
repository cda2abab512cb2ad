using System.Net;
using System.Net.Http.Json;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Consultations;

/// <summary>
/// Tests that move the clock. FakeTimeProvider only moves forward, so they live apart from the
/// tests that assert exact due dates from the scenario's starting moment, and assert relative to now.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_deadlines_pass<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_accept_a_late_answer_and_mark_it_late()
    {
        var id = await OpenAsync();
        Factory.Clock.Advance(TimeSpan.FromDays(30));

        var response = await As("SXD").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Json(response))["late"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Should_list_overdue_consultations_by_filter()
    {
        var late = await OpenAsync();
        Factory.Clock.Advance(TimeSpan.FromDays(30));
        var fresh = await OpenAsync();

        var listed = await As("STC").GetAsync("/api/v1/consultations?role=lead&overdue=true&pageSize=100");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        var overdue = await Json(listed);

        var ids = overdue["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.That(ids, Does.Contain(late.ToString()));
        Assert.That(ids, Does.Not.Contain(fresh.ToString()));
        var lateItem = overdue.Find("items", "id", late.ToString());
        var assignments = lateItem["assignments"]!.AsArray();
        Assert.That(assignments, Has.Count.EqualTo(2), "the list carries each consultation's assignments");
        Assert.That(assignments.Select(a => a!["overdue"]!.GetValue<bool>()), Is.All.True);
        var asConsulted = await Json(await As("STC").GetAsync("/api/v1/consultations?role=consulted"));
        Assert.That(asConsulted["total"]!.GetValue<int>(), Is.Zero);
    }
}
