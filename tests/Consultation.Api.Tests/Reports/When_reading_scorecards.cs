using System.Net;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Reports;

/// <summary>
/// Scorecards over November and December for the agencies of <see cref="ReportScenario{TDatabase}"/>. Working
/// days to answer run from the day the request was sent, 1/12 (not counted), to the first answer:
/// an answer on 2/12 took 1, one on 10/12 took 2, 3, 4, 7, 8, 9, 10 = 7.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_reading_scorecards<TDatabase> : ReportScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Period = "from=2026-11-01&to=2026-12-31";

    private async Task<JsonObject> ScorecardAsync(string who, string code)
    {
        var response = await As(who).GetAsync($"/api/v1/agencies/{code}/scorecard?{Period}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    [Test]
    public async Task Should_give_an_agency_its_own_rates_and_time_to_answer()
    {
        var stp = await ScorecardAsync("STP", "STP");

        // C1 late, C2 late, C3 deemed agreed, C4 on time: 1 of 4.
        Assert.That(stp["assigned"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(stp["answered"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(stp["onTimeRate"]!.GetValue<double>(), Is.EqualTo(0.25));
        // First answers: C1 2/12 (1), C2 10/12 (7), C4 2/12 (1): median 1.
        Assert.That(stp["medianWorkingDaysToAnswer"]!.GetValue<double>(), Is.EqualTo(1));
        // Four answers (C1 twice, C2, C4), none confirmed vague.
        Assert.That(stp["answers"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(stp["confirmedVagueRate"]!.GetValue<double>(), Is.Zero);
    }

    [Test]
    public async Task Should_trend_by_month_including_empty_months()
    {
        var sxd = await ScorecardAsync("supervisor", "SXD");

        var trend = sxd["trend"]!.AsArray();
        Assert.That(trend.Select(m => m!["month"]!.GetValue<string>()), Is.EqualTo(new[] { "2026-11", "2026-12" }));
        Assert.That(trend[0]!["assigned"]!.GetValue<int>(), Is.Zero);
        Assert.That(trend[0]!["onTimeRate"], Is.Null);
        // December: C2 on time, C1 overdue, C5 in term; C2's only answer confirmed vague.
        Assert.That(trend[1]!["assigned"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(trend[1]!["onTimeRate"]!.GetValue<double>(), Is.EqualTo(0.5));
        Assert.That(trend[1]!["confirmedVagueRate"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(sxd["medianWorkingDaysToAnswer"]!.GetValue<double>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_rank_every_consulted_agency_for_the_supervisor()
    {
        var response = await As("supervisor").GetAsync($"/api/v1/scorecards?{Period}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var ranking = (await Json(response))["agencies"]!.AsArray();

        // On-time rates: SYT 2/2, SXD 1/2, STP 1/4, STC 0/1.
        Assert.That(ranking.Select(a => (a!["rank"]!.GetValue<int>(), a["code"]!.GetValue<string>())),
            Is.EqualTo(new[] { (1, "SYT"), (2, "SXD"), (3, "STP"), (4, "STC") }));
        // SYT's first answers: C3 2/12 (1) and C1 10/12 (7): the median of two is their mean, 4.
        Assert.That(ranking[0]!["medianWorkingDaysToAnswer"]!.GetValue<double>(), Is.EqualTo(4));
        Assert.That(ranking[3]!["medianWorkingDaysToAnswer"], Is.Null, "STC never answered");
        Assert.That(ranking[3]!["confirmedVagueRate"], Is.Null);
    }
}
