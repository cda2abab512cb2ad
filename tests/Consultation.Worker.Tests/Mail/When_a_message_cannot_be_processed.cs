using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Contracts;
using Consultation.Core.Auditing;
using Consultation.Core.Consultations;
using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Mail;

/// <summary>An event naming an agency nobody registered goes to the error queue; moved back once it is, it sends one email.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_message_cannot_be_processed<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_park_it_in_the_error_queue_and_send_once_when_ops_move_it_back()
    {
        using var management = Management();
        var late = await AgencyAsync("Sở Công Thương tỉnh Đắk Lắk");
        var lead = "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
        var overdue = new AssignmentOverdue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DocumentNumber(lead), "Dự thảo Quyết định về giá nước sạch",
            lead, "Sở Tài nguyên tỉnh Đắk Lắk", late, "Sở Công Thương tỉnh Đắk Lắk", Now.AddDays(-2), 1, 1);
        var errorQueue = $"{Worker.QueuePrefix}-assignment-overdue_error";

        await Worker.Services.GetRequiredService<IBus>().Publish(overdue, c => c.MessageId = overdue.EscalationId);
        var parked = await GetAsync(management, errorQueue);
        await Facts.AgencyAsync(lead, "Sở Tài nguyên tỉnh Đắk Lắk");
        // The consultation the event is about, as the outbox would have read it: lines are checked against it before sending.
        var opened = await Worker.Services.GetRequiredService<ConsultationCommands>().OpenAsync(
            new ConsultationRecord
            {
                Id = overdue.ConsultationId,
                LeadAgencyCode = lead,
                DocumentNumber = overdue.DocumentNumber,
                Title = overdue.Title,
                Issue = "Phương án điều chỉnh giá nước sạch sinh hoạt năm 2027",
                ProposedDirection = "Tăng 8% theo lộ trình đã được phê duyệt",
                Urgency = Urgency.Normal,
                Status = ConsultationStatus.Open,
                OpenedAt = Now.AddDays(-9),
            },
            [new Assignment
            {
                Id = overdue.AssignmentId,
                ConsultationId = overdue.ConsultationId,
                AgencyCode = late,
                Reason = "Quản lý nhà nước về giá",
                ReceivedAt = Now.AddDays(-9),
                DueAt = overdue.DueAt,
                Status = AssignmentStatus.Pending,
            }],
            new AuditEntry { Actor = "test", Action = "test", Entity = "test", EntityId = "test" });
        Assert.That(opened, Is.EqualTo(ChangeOutcome.Done));
        // What ops do from the management UI: take the message off the error queue and put it back on the consumer's queue.
        await MoveBackAsync(management, parked, $"{Worker.QueuePrefix}-assignment-overdue");
        await WaitForItemsAsync([overdue.ConsultationId], EscalationKinds.Overdue, 2); // the lead's and the head's
        await DispatchAsync();
        await MoveBackAsync(management, parked, $"{Worker.QueuePrefix}-assignment-overdue");
        await Task.Delay(1000);
        await DispatchAsync();

        Assert.That(parked["properties"]?["message_id"]?.GetValue<string>(), Is.EqualTo(overdue.EscalationId.ToString()));
        Assert.That(MailsTo(Address(lead)).Count(m => m.Mentions(overdue.DocumentNumber)), Is.EqualTo(1), "moved back twice, sent once");
    }

    private static HttpClient Management()
    {
        var url = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_MANAGEMENT");
        if (url is null)
        {
            Assert.Ignore("The RabbitMQ management API is not configured (CONSULTATION_TEST_RABBITMQ_MANAGEMENT); tests/run.sh sets it.");
        }
        var http = new HttpClient { BaseAddress = new Uri(url!) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return http;
    }

    /// <summary>Takes one message off <paramref name="queue"/>, waiting for it to arrive.</summary>
    private static async Task<JsonObject> GetAsync(HttpClient management, string queue)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await management.PostAsJsonAsync($"api/queues/%2F/{queue}/get", new { count = 1, ackmode = "ack_requeue_false", encoding = "auto" });
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonArray>() is [JsonObject message])
            {
                return message;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Nothing arrived in {queue}.");
        return null!;
    }

    private static async Task MoveBackAsync(HttpClient management, JsonObject message, string queue)
    {
        var properties = message["properties"]!.DeepClone();
        using var response = await management.PostAsJsonAsync("api/exchanges/%2F/amq.default/publish", new JsonObject
        {
            ["properties"] = properties,
            ["routing_key"] = queue,
            ["payload"] = message["payload"]!.GetValue<string>(),
            ["payload_encoding"] = message["payload_encoding"]!.GetValue<string>(),
        });
        var routed = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(routed?["routed"]?.GetValue<bool>(), Is.True, $"moved back to {queue}");
    }
}
