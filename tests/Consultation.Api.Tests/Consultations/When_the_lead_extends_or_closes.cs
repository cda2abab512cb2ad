using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Consultations;

[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_lead_extends_or_closes<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_move_the_due_date_and_audit_the_extension()
    {
        var id = await OpenAsync();

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/extension",
            new { workingDays = 10, reason = "Sở Tư pháp đề nghị gia hạn để lấy ý kiến Hội đồng tư vấn" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var extended = await Json(response);
        var due = DateTimeOffset.Parse(extended["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.That(DateTimeOffset.Parse(extended["receivedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            Is.EqualTo(Factory.Clock.GetUtcNow()), "a period in working days counts from the extension");
        // Ten working days from Tuesday 1/12/2026 end with Tuesday 15/12.
        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 12, 15, 17, 0, 0, TimeSpan.Zero)));
        var assignmentId = await AssignmentIdAsync(id, "STP");
        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        var audit = await AuditLog.ForEntityAsync(connection, "assignment", assignmentId);
        Assert.That(audit.Select(a => a.Action), Does.Contain("assignment.extended"));
    }

    [Test]
    public async Task Should_refuse_an_extension_to_an_earlier_date()
    {
        var id = await OpenAsync();

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/extension",
            new { dueAt = "2026-12-03T17:00:00+07:00", reason = "Rút ngắn thời hạn" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Should_refuse_an_extension_without_a_reason()
    {
        var id = await OpenAsync();

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/STP/extension", new { workingDays = 10 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Should_refuse_an_extension_for_an_agency_that_is_not_consulted()
    {
        var id = await OpenAsync();

        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/assignments/SYT/extension",
            new { workingDays = 10, reason = "Gia hạn" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_close_with_a_synthesis_once_and_only_once()
    {
        var id = await OpenAsync();
        var body = new { synthesis = "Tổng hợp: Sở Tư pháp và Sở Xây dựng thống nhất; trình UBND tỉnh ban hành." };

        var first = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/close", body);
        var second = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{id}/close", body);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var closed = await Json(first);
        Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
        Assert.That(closed["synthesis"]!.GetValue<string>(), Is.EqualTo(body.synthesis));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Should_page_the_list()
    {
        for (var i = 0; i < 5; i++)
        {
            await OpenAsync();
        }

        var page = await Json(await As("supervisor").GetAsync("/api/v1/consultations?page=2&pageSize=2"));

        Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(page["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(5));
    }

    private async Task<string> AssignmentIdAsync(Guid consultationId, string agency)
    {
        var db = Factory.Services.GetRequiredService<Db>();
        await using var connection = await db.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM assignments WHERE consultation_id = @c AND agency_code = @a";
        var c = command.CreateParameter();
        c.ParameterName = "c";
        c.Value = db.Dialect.Provider == DatabaseProvider.Sqlite ? consultationId.ToString() : consultationId;
        var a = command.CreateParameter();
        a.ParameterName = "a";
        a.Value = agency;
        command.Parameters.Add(c);
        command.Parameters.Add(a);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!.ToLowerInvariant();
    }
}
