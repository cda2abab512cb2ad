using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Contracts;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Consultation.Worker.Tests.Pipeline;

/// <summary>The production topology in one test: the API records facts, a separate Worker escalates them over RabbitMQ.</summary>
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_the_api_and_the_worker_run_apart<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_notify_then_escalate_an_overdue_assignment_once_and_accept_the_late_answer()
    {
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
        database.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        await using var api = new ConsultationApiFactory(database, clock: clock);
        var admin = api.Client(ConsultationApiFactory.AdminKey);
        var keys = new Dictionary<string, string>();
        foreach (var code in new[] { "STC", "STP" })
        {
            var registered = await admin.PostAsJsonAsync("/api/v1/agencies", new { code, name = $"Sở {code}", kind = "department", email = $"{code}@daklak.test" });
            Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            var key = await (await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/keys", new { role = "agency" })).Content.ReadFromJsonAsync<JsonObject>();
            keys[code] = key!["key"]!.GetValue<string>();
        }
        await using var worker = await WorkerUnderTest.StartAsync(database, broker, clock);
        await using var capture = await MessageCapture.StartAsync(broker);

        var opened = await api.Client(keys["STC"]).PostAsJsonAsync("/api/v1/consultations", new
        {
            documentNumber = "501/STC-QLNS",
            title = "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",
            issue = "Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường theo dân số và diện tích",
            proposedDirection = "Phân bổ 60% theo dân số, 40% theo diện tích; mỗi xã tối thiểu 500 triệu đồng",
            workingDays = 1,
            consultees = new[] { new { agencyCode = "STP", reason = "Thẩm định tính hợp pháp của dự thảo" } },
        });
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = Guid.Parse((await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());

        await worker.RunJobsAsync();
        var requested = await capture.WaitForAsync<ConsultationRequested>(m => m.ConsultationId == id, 1);
        clock.Advance(TimeSpan.FromDays(2)); // Wednesday morning: Tuesday's deadline has passed
        await worker.RunJobsAsync();
        await worker.RunJobsAsync();
        var overdue = await capture.WaitForAsync<AssignmentOverdue>(m => m.ConsultationId == id, 1);
        var answered = await api.Client(keys["STP"]).PostAsJsonAsync($"/api/v1/consultations/{id}/answers",
            new { position = "agree", content = "Thống nhất với phương án phân bổ 60/40 như dự thảo", legalBasis = "Luật Ngân sách nhà nước 2015" });
        await worker.RunJobsAsync();

        Assert.That(requested, Has.Count.EqualTo(1));
        Assert.That(overdue, Has.Count.EqualTo(1));
        Assert.That(overdue[0].Message.DocumentNumber, Is.EqualTo("501/STC-QLNS"));
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await answered.Content.ReadFromJsonAsync<JsonObject>())!["late"]!.GetValue<bool>(), Is.True);
        await Task.Delay(500);
        Assert.That(capture.Of<AssignmentOverdue>().Count(m => m.Message.ConsultationId == id), Is.EqualTo(1), "no escalation after the answer");
    }
}
