using System.Net;
using System.Net.Http.Json;
using Consultation.Core.Auditing;
using Consultation.Core.Consultations;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Calendar;

/// <summary>
/// PUT and DELETE /api/v1/calendar/overrides/{date}. Consultations are opened on Tuesday 1/12/2026
/// with five working days, so they are due at the end of Tuesday 8/12; each test changes its own
/// days in that week and puts them back.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_admin_changes_the_calendar<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Tuesday8 = CalendarJson.EndOf(2026, 12, 8);

    [Test]
    public async Task Should_move_an_open_assignment_by_one_working_day_and_audit_it()
    {
        var id = await OpenAsync();
        var before = (await DetailAsync(id)).AssignmentOf("STP")!;

        var response = await PutAsync("2026-12-03", "day_off", "Nghỉ phòng, chống bão số 15");

        try
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var body = await Json(response);
            Assert.That(body["date"]!.GetValue<string>(), Is.EqualTo("2026-12-03"));
            Assert.That(body["kind"]!.GetValue<string>(), Is.EqualTo("day_off"));
            Assert.That(body["name"]!.GetValue<string>(), Is.EqualTo("Nghỉ phòng, chống bão số 15"));
            Assert.That(body["recomputedAssignments"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
            var after = (await DetailAsync(id)).AssignmentOf("STP")!;
            Assert.That(before.DueAt, Is.EqualTo(Tuesday8));
            Assert.That(after.DueAt, Is.EqualTo(CalendarJson.EndOf(2026, 12, 9)));
            Assert.That(after.Version, Is.EqualTo(before.Version + 1));
            Assert.That(await DueShownAsync(id, "SXD"), Is.EqualTo(CalendarJson.EndOf(2026, 12, 9)));
            var audit = await AuditAsync("assignment", after.Id.ToString());
            Assert.That(audit.Single(a => a.Action == "assignment.due_recomputed").Details, Does.StartWith($"{Tuesday8.ToUniversalTime():O} -> {CalendarJson.EndOf(2026, 12, 9).ToUniversalTime():O}"));
            Assert.That((await AuditAsync("calendar_override", "2026-12-03")).Select(a => a.Action), Is.EqualTo(new[] { "calendar.override_set" }));
        }
        finally
        {
            await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-03");
        }
    }

    [Test]
    public async Task Should_restore_the_due_date_when_the_override_is_deleted()
    {
        var id = await OpenAsync();
        await PutAsync("2026-12-04", "day_off", "Nghỉ đột xuất");
        Assert.That(await DueShownAsync(id, "STP"), Is.EqualTo(CalendarJson.EndOf(2026, 12, 9)));

        var response = await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-04");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await DueShownAsync(id, "STP"), Is.EqualTo(Tuesday8));
        var assignment = (await DetailAsync(id)).AssignmentOf("STP")!;
        Assert.That((await AuditAsync("assignment", assignment.Id.ToString())).Count(a => a.Action == "assignment.due_recomputed"), Is.EqualTo(2));
        Assert.That((await AuditAsync("calendar_override", "2026-12-04")).Select(a => a.Action),
            Is.EqualTo(new[] { "calendar.override_set", "calendar.override_deleted" }));
    }

    [Test]
    public async Task Should_bring_the_due_date_forward_when_a_Saturday_is_worked()
    {
        var id = await OpenAsync();

        try
        {
            var response = await PutAsync("2026-12-05", "working_day", "Làm bù cho ngày nghỉ 24/12/2026");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await DueShownAsync(id, "STP"), Is.EqualTo(CalendarJson.EndOf(2026, 12, 7)));
            var deadline = await Json(await As("STP").GetAsync("/api/v1/calendar/deadline?workingDays=5"));
            Assert.That(CalendarJson.Time(deadline["dueAt"]!), Is.EqualTo(CalendarJson.EndOf(2026, 12, 7)), "new requests use the new calendar");
        }
        finally
        {
            await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-05");
        }
    }

    [Test]
    public async Task Should_leave_alone_a_due_moment_given_as_a_time_and_an_answered_assignment()
    {
        var fixedDue = ValidConsultation();
        fixedDue.Remove("workingDays");
        fixedDue["dueAt"] = "2026-12-08T17:00:00+07:00";
        var fixedId = await OpenAsync(fixedDue);
        var countedId = await OpenAsync();
        var answer = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{countedId}/answers", Answer());
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Created), await answer.Content.ReadAsStringAsync());

        try
        {
            await PutAsync("2026-12-07", "day_off", "Nghỉ đột xuất");

            Assert.That(await DueShownAsync(fixedId, "STP"), Is.EqualTo(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero)));
            Assert.That(await DueShownAsync(countedId, "STP"), Is.EqualTo(Tuesday8), "answered");
            Assert.That(await DueShownAsync(countedId, "SXD"), Is.EqualTo(CalendarJson.EndOf(2026, 12, 9)), "still awaited");
        }
        finally
        {
            await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-07");
        }
    }

    [Test]
    public async Task Should_move_nothing_when_the_same_override_is_put_again()
    {
        var response = await PutAsync("2026-08-31", "day_off", "Nghỉ hoán đổi dịp Quốc khánh");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(response))["recomputedAssignments"]!.GetValue<int>(), Is.Zero);
    }

    [TestCase("STC")]
    [TestCase("supervisor")]
    [TestCase("ops")]
    public async Task Should_refuse_a_change_by_anyone_but_an_administrator(string who)
    {
        var put = await As(who).PutAsJsonAsync("/api/v1/calendar/overrides/2026-12-03", new { kind = "day_off", name = "Nghỉ" });
        var delete = await As(who).DeleteAsync("/api/v1/calendar/overrides/2026-08-31");

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("2026-13-01")]
    [TestCase("2026-02-30")]
    [TestCase("03-12-2026")]
    [TestCase("2026-12-3")]
    [TestCase("1800-12-03")]
    [TestCase("hôm-nay")]
    public async Task Should_refuse_a_date_that_is_not_one(string date)
    {
        var put = await As("admin", "en").PutAsJsonAsync($"/api/v1/calendar/overrides/{date}", new { kind = "day_off", name = "Nghỉ" });
        var delete = await As("admin").DeleteAsync($"/api/v1/calendar/overrides/{date}");

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(put))["errors"]!["date"], Is.Not.Null);
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Should_refuse_an_unknown_kind_and_a_missing_name()
    {
        var response = await As("admin").PutAsJsonAsync("/api/v1/calendar/overrides/2026-12-03", new { kind = "holiday" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await Json(response))["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "kind", "name" }));
        Assert.That(errors["kind"]![0]!.GetValue<string>(), Does.Contain("day_off, working_day"));
    }

    [Test]
    public async Task Should_answer_404_when_deleting_a_date_without_an_override()
    {
        var response = await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-25");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Json(response))["code"]!.GetValue<string>(), Is.EqualTo("calendar_override_not_found"));
    }

    [Test]
    public async Task Should_keep_a_deleted_seeded_override_deleted_after_a_restart()
    {
        var deleted = await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-04-27");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var restarted = new ConsultationApiFactory(Factory.Database);
        var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ConsultationApiFactory.AdminKey);

        var overrides = await client.GetStringAsync("/api/v1/calendar/overrides?year=2026");
        Assert.That(overrides, Does.Not.Contain("2026-04-27"));
        var year = await Json(await client.GetAsync("/api/v1/calendar/2026"));
        // Without the schedule's entry the default rule gives the substitute day again, under its default name.
        Assert.That(CalendarJson.Days(year, "daysOff"), Does.Contain((CalendarJson.Date("2026-04-27"), "Nghỉ bù Giỗ Tổ Hùng Vương")));
        Assert.That(CalendarJson.Days(year, "daysOff").Count(d => d.Date == CalendarJson.Date("2026-04-27")), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_withdraw_a_deemed_agreement_and_rearm_the_reminder_when_the_deadline_moves_into_the_future()
    {
        var id = await OpenAsync();
        var stp = (await DetailAsync(id)).AssignmentOf("STP")!;
        // As the worker leaves an assignment whose deadline (under the calendar then in force) passed in silence.
        await using (var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection,
                $"UPDATE assignments SET status = 'deemed_agreed', deemed_agreed_at = @at, escalation_level = 1, reminder_sent = {Factory.Services.GetRequiredService<Db>().Dialect.True} WHERE id = @id",
                new { id = stp.Id, at = Tuesday8 });
        }

        var response = await PutAsync("2026-12-07", "day_off", "Nghỉ bù do trùng lịch bầu cử");

        try
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var after = (await DetailAsync(id)).AssignmentOf("STP")!;
            Assert.That(after.DueAt, Is.EqualTo(CalendarJson.EndOf(2026, 12, 9)));
            Assert.That(after.Status, Is.EqualTo(AssignmentStatus.Pending), "silence is not consent before the deadline in force");
            Assert.That(after.DeemedAgreedAt, Is.Null);
            Assert.That(after.EscalationLevel, Is.Zero);
            await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
            Assert.That(await Dapper.SqlMapper.ExecuteScalarAsync<bool>(connection, "SELECT reminder_sent FROM assignments WHERE id = @id", new { id = stp.Id }), Is.False,
                "the new deadline gets its reminder");
        }
        finally
        {
            await As("admin").DeleteAsync("/api/v1/calendar/overrides/2026-12-07");
        }
    }

    private Task<HttpResponseMessage> PutAsync(string date, string kind, string name) =>
        As("admin").PutAsJsonAsync($"/api/v1/calendar/overrides/{date}", new { kind, name });

    private async Task<ConsultationDetail> DetailAsync(Guid id) =>
        (await Factory.Services.GetRequiredService<ConsultationQueries>().GetAsync(id))!;

    /// <summary>The due moment the API shows the lead, not just what the database holds.</summary>
    private async Task<DateTimeOffset> DueShownAsync(Guid id, string agency)
    {
        var detail = await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}"));
        return CalendarJson.Time(detail.AssignmentOf(agency)["dueAt"]!);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string entity, string id)
    {
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        return await AuditLog.ForEntityAsync(connection, entity, id);
    }
}
