using System.Text.Json.Nodes;
using Consultation.Core.Calendar;
using Consultation.Core.Reports;
using Consultation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Reports;

/// <summary>
/// A monthly report counts the assignments whose deadline fell in its month, so every month's
/// non-cooperation reaches one: a request sent on 25 January with 15 working days, never answered,
/// is in no January report (it was not yet due) and appears overdue in the report of the month its
/// deadline passed.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_deadline_falls_in_a_later_month<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_show_an_assignment_opened_late_in_a_month_as_overdue_in_the_report_of_its_deadline()
    {
        await using var run = await MonthlyRun.StartAsync(Factory);
        var (monthly, store) = (run.Reports, run.Store);
        var calendar = Factory.Services.GetRequiredService<IWorkingCalendar>();
        MoveTo(new DateTimeOffset(2027, 1, 25, 9, 0, 0, VietnamTime.Offset));
        var body = ValidConsultation();
        body["workingDays"] = 15;
        body["consultees"] = new JsonArray(new JsonObject { ["agencyCode"] = "SXD", ["reason"] = "Quản lý hạ tầng kỹ thuật liên quan" });
        var id = await OpenAsync(body);
        var due = (await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}")))["assignments"]![0]!["dueAt"]!.GetValue<DateTimeOffset>();
        var dueMonth = VietnamTime.DateOf(due.AddTicks(-1));
        Assert.That(dueMonth.Month, Is.Not.EqualTo(1), "15 working days from 25 January end in a later month");

        MoveTo(FirstWorkingDayOf(calendar, new DateOnly(2027, 2, 1)));
        await monthly.RunAsync(force: false);
        var january = await store.FindAsync("STC", new ReportPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)));
        MoveTo(FirstWorkingDayOf(calendar, new DateOnly(dueMonth.Year, dueMonth.Month, 1).AddMonths(1)));
        await monthly.RunAsync(force: false);
        var ofDeadline = await store.FindAsync("STC", new ReportPeriod(new DateOnly(dueMonth.Year, dueMonth.Month, 1), new DateOnly(dueMonth.Year, dueMonth.Month, 1).AddMonths(1).AddDays(-1)));

        Assert.That(january is null || !january.Json.Contains("\"SXD\"", StringComparison.Ordinal), Is.True, "not yet due in January: not counted there");
        Assert.That(ofDeadline, Is.Not.Null, $"the report of {dueMonth:MM/yyyy}, the month the deadline passed");
        var sxd = JsonNode.Parse(ofDeadline!.Json)!.Find("agencies", "code", "SXD");
        Assert.That(sxd["overdue"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(sxd["inTerm"]!.GetValue<int>(), Is.Zero);
        Assert.That(sxd["incidents"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("overdue"));
    }

    private static DateTimeOffset FirstWorkingDayOf(IWorkingCalendar calendar, DateOnly first)
    {
        var day = first;
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), VietnamTime.Offset);
    }

    private void MoveTo(DateTimeOffset moment) => Factory.Clock.Advance(moment - Factory.Clock.GetUtcNow());
}
