using System.Net;
using System.Text.Json.Nodes;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.Reports;

/// <summary>The JSON report of the December in <see cref="ReportScenario{TDatabase}"/>, figure by figure.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_compiling_the_report_of_a_month<TDatabase> : ReportScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string December = "from=2026-12-01&to=2026-12-31";

    private async Task<JsonObject> ReportAsync(string who, string lead)
    {
        var response = await As(who).GetAsync($"/api/v1/reports/non-cooperation?lead={lead}&{December}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static JsonObject Agency(JsonObject report, string code) =>
        report.Find("agencies", "code", code).AsObject();

    private static int[] Counts(JsonObject agency) =>
        [.. new[] { "assigned", "onTime", "late", "overdue", "inTerm", "deemedAgreed", "confirmedVague", "extensions" }.Select(f => agency[f]!.GetValue<int>())];

    [Test]
    public async Task Should_count_each_consulted_agency_of_the_lead()
    {
        var report = await ReportAsync("STC", "STC");

        Assert.That(report["lead"]!.GetValue<string>(), Is.EqualTo("STC"));
        Assert.That(report["from"]!.GetValue<string>(), Is.EqualTo("2026-12-01"));
        Assert.That(report["to"]!.GetValue<string>(), Is.EqualTo("2026-12-31"));
        Assert.That(report["consultations"]!.GetValue<int>(), Is.EqualTo(4), "C1, C2, C3, C5; C4 is SXD's");
        Assert.That(report["agencies"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "STP", "SXD", "SYT" }));
        // assigned, onTime, late, overdue, inTerm, deemedAgreed, confirmedVague, extensions
        // STP: C1 late, C2 late, C3 deemed agreed; nothing due on time: 0 / (0 + 2 + 0 + 1) = 0.
        Assert.That(Counts(Agency(report, "STP")), Is.EqualTo(new[] { 3, 0, 2, 0, 0, 1, 0, 0 }));
        Assert.That(Agency(report, "STP")["onTimeRate"]!.GetValue<double>(), Is.Zero);
        // SXD: C2 on time (and confirmed vague), C1 overdue, C5 in term: 1 / (1 + 1) = 0.5.
        Assert.That(Counts(Agency(report, "SXD")), Is.EqualTo(new[] { 3, 1, 0, 1, 1, 0, 1, 0 }));
        Assert.That(Agency(report, "SXD")["onTimeRate"]!.GetValue<double>(), Is.EqualTo(0.5));
        // SYT: C1 within its extension, C3: 2 / 2 = 1.
        Assert.That(Counts(Agency(report, "SYT")), Is.EqualTo(new[] { 2, 2, 0, 0, 0, 0, 0, 1 }));
        Assert.That(Agency(report, "SYT")["onTimeRate"]!.GetValue<double>(), Is.EqualTo(1.0));
    }

    [Test]
    public async Task Should_list_each_incident_with_its_deadline_and_working_days()
    {
        var report = await ReportAsync("STC", "STC");

        var stp = Agency(report, "STP")["incidents"]!.AsArray();
        Assert.That(stp.Select(i => (i!["kind"]!.GetValue<string>(), i["documentNumber"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("late", "01/STC-QLNS"), ("late", "02/STC-QLNS"), ("deemed_agreed", "03/STC-QLNS") }));
        // C1 round 2 was due at the end of 4/12 (17:00 UTC) and answered 9/12 at 10:00: 7 and 8 are the whole working
        // days that passed (WorkingDays.Overdue, as every mail counts them), so 2 working days late.
        Assert.That(stp[0]!["dueAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Vietnam(5, 0)));
        Assert.That(stp[0]!["answeredAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Vietnam(9, 10)));
        Assert.That(stp[0]!["workingDaysLate"]!.GetValue<int>(), Is.EqualTo(2));
        // C2 was due at the end of 8/12 and answered 10/12: 9 passed whole, so 1 working day late.
        Assert.That(stp[1]!["dueAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Vietnam(9, 0)));
        Assert.That(stp[1]!["workingDaysLate"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(stp[1]!["title"]!.GetValue<string>(), Is.EqualTo(MarkupTitle));

        var sxd = Agency(report, "SXD")["incidents"]!.AsArray();
        Assert.That(sxd.Select(i => i!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "overdue", "confirmed_vague" }));
        // C1 was due at the end of 8/12 and closed unanswered during 14/12: 9, 10, 11 passed whole = 3 working days.
        Assert.That(sxd[0]!["workingDaysOverdue"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(sxd[0]!["answeredAt"], Is.Null);
        Assert.That(sxd[1]!["note"]!.GetValue<string>(), Does.StartWith("Chỉ nêu \"cơ bản thống nhất\""));
        Assert.That(Agency(report, "SYT")["incidents"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Should_propose_the_agency_that_reached_the_threshold_and_commend_the_punctual_one()
    {
        var report = await ReportAsync("STC", "STC");

        // STP: 2 late + 1 deemed agreed = 3, the default threshold; SXD: 1 overdue + 1 vague = 2.
        Assert.That(report["proposed"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "STP" }));
        Assert.That(report["proposal"]!.GetValue<string>(), Does.Contain("Sở STP tỉnh Đắk Lắk (03 trường hợp: 02 trả lời trễ hạn, 01 không trả lời, coi như đồng ý)"));
        Assert.That(report["proposal"]!.GetValue<string>(), Does.Not.Contain("SXD"));
        Assert.That(report["commendations"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "SYT" }));
    }

    [Test]
    public async Task Should_add_other_leads_consultations_in_the_province_wide_report()
    {
        var report = await ReportAsync("supervisor", "all");

        Assert.That(report["lead"]!.GetValue<string>(), Is.EqualTo("all"));
        Assert.That(report["consultations"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(report["agencies"]!.AsArray().Select(a => a!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "STC", "STP", "SXD", "SYT" }));
        // STC: C4 overdue 5 working days; STP gains C4 on time: 1 / (1 + 2 + 1) = 0.25.
        Assert.That(Counts(Agency(report, "STC")), Is.EqualTo(new[] { 1, 0, 0, 1, 0, 0, 0, 0 }));
        Assert.That(Agency(report, "STC")["incidents"]![0]!["leadAgencyCode"]!.GetValue<string>(), Is.EqualTo("SXD"));
        Assert.That(Counts(Agency(report, "STP")), Is.EqualTo(new[] { 4, 1, 2, 0, 0, 1, 0, 0 }));
        Assert.That(Agency(report, "STP")["onTimeRate"]!.GetValue<double>(), Is.EqualTo(0.25));
        Assert.That(Counts(Agency(report, "SXD")), Is.EqualTo(new[] { 3, 1, 0, 1, 1, 0, 1, 0 }));
        Assert.That(Counts(Agency(report, "SYT")), Is.EqualTo(new[] { 2, 2, 0, 0, 0, 0, 0, 1 }));
        Assert.That(report["commendations"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "SYT" }));
        Assert.That(report["proposal"]!.GetValue<string>(), Does.StartWith("Căn cứ mục 1(i)"));
    }

    [Test]
    public async Task Should_leave_out_what_was_sent_outside_the_period()
    {
        var report = await ReportAsync("STC", "STC");
        var november = await As("STC").GetAsync("/api/v1/reports/non-cooperation?from=2026-11-01&to=2026-11-30");

        var empty = await Json(november);
        Assert.That(report["agencies"]!.AsArray(), Is.Not.Empty);
        Assert.That(empty["agencies"]!.AsArray(), Is.Empty);
        Assert.That(empty["lead"]!.GetValue<string>(), Is.EqualTo("STC"), "an agency's default lead is itself");
        Assert.That(empty["proposal"]!.GetValue<string>(), Does.StartWith("Trong kỳ báo cáo, không có cơ quan"));
    }
}
