using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Consultation.Api.Ops.OpsHtml;

namespace Consultation.Api.Ops;

/// <summary>The dashboard's sections.</summary>
public static class OpsSections
{
    public static string Pipeline(OpsView v, OpsText t)
    {
        var p = v.Pipeline;
        var oldest = p.OldestUnpublishedAge is { } age ? $"{age.TotalMinutes:F0} {t.T("phút", "min")}" : "—";
        return $"""
            <h2>{E(t.T("Luồng xử lý", "Pipeline"))}</h2>
            <div class="cards">
            {Card(t.T("Văn bản đang mở", "Open consultations"), p.OpenConsultations, "pipeline-open")}
            {Card(t.T("Đến hạn hôm nay", "Due today"), p.DueToday, "pipeline-due-today")}
            {Card(t.T("Đang quá hạn", "Overdue now"), p.OverdueNow, "pipeline-overdue", p.OverdueNow > 0 ? "bad" : "ok")}
            {Card(t.T("Cảnh báo chờ gửi", "Escalations awaiting publication"), p.EscalationsUnpublished, "pipeline-unpublished", p.EscalationsUnpublished > 0 ? "warn" : "ok")}
            {Card(t.T("Cảnh báo đã gửi", "Escalations published"), p.EscalationsPublished, "pipeline-published")}
            {Card(t.T("Thư đã gửi", "Emails sent"), p.EmailsSent, "pipeline-emailed")}
            {Card(t.T("Thư chờ gửi", "Emails pending"), v.Mail?.PendingMails ?? 0, "pipeline-mail-pending")}
            {Card(t.T("Thư lỗi", "Emails failed"), p.EmailsFailed, "pipeline-failed", p.EmailsFailed > 0 ? "bad" : "ok")}
            {Card(t.T("Cảnh báo cũ nhất chưa gửi", "Oldest unpublished"), oldest, "pipeline-oldest")}
            {Card(t.T("Webhook chờ gửi", "Webhooks pending"), v.Webhooks.Pending, "pipeline-webhooks-pending")}
            {Card(t.T("Webhook lỗi", "Webhooks failed"), v.Webhooks.Failed, "pipeline-webhooks-failed", v.Webhooks.Failed > 0 ? "bad" : "ok")}
            </div>
            """;
    }

    public static string Queues(OpsView v, OpsText t)
    {
        var title = $"<h2>{E(t.T("Hàng đợi RabbitMQ", "RabbitMQ queues"))}</h2>";
        if (!v.BrokerConfigured)
        {
            return title + $"<p>{E(t.T("Chưa cấu hình Messaging:RabbitMq:ManagementUrl (hoặc đang dùng hàng đợi trong bộ nhớ).", "Messaging:RabbitMq:ManagementUrl is not configured (or the in-memory transport is used)."))}</p>";
        }
        if (v.Queues is null)
        {
            return title + $"<p class=\"bad\">{E(t.T("Không đọc được API quản trị RabbitMQ: ", "Cannot read the RabbitMQ management API: "))}{E(v.QueueError)}</p>";
        }
        return title + Table(
            [t.T("Hàng đợi", "Queue"), t.T("Số thư", "Depth"), t.T("Chưa xác nhận", "Unacked"), t.T("Bên nhận", "Consumers"), t.T("Vào/giây", "In/s"), t.T("Ra/giây", "Out/s")],
            v.Queues.Select(q => new[]
            {
                q.IsErrorQueue ? $"<span class=\"bad\">{E(q.Name)}</span>" : E(q.Name),
                $"<span data-queue=\"{E(q.Name)}\">{E(q.Messages)}</span>", E(q.Unacknowledged), E(q.Consumers),
                E(q.PublishRate.ToString("F1", CultureInfo.InvariantCulture)), E(q.DeliverRate.ToString("F1", CultureInfo.InvariantCulture)),
            }));
    }

    public static string Jobs(OpsView v, OpsText t) =>
        $"<h2>{E(t.T("Các lần chạy gần đây", "Recent job runs"))}</h2>" + Table(
            [t.T("Việc", "Job"), t.T("Bắt đầu (UTC)", "Started (UTC)"), t.T("Thời gian", "Duration"), t.T("Số mục", "Items"), t.T("Lỗi", "Error")],
            v.JobRuns.Select(r => new[]
            {
                E(r.Job), E(r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                E($"{r.DurationMs:F0} ms"), E(r.Items), r.Error is null ? "" : $"<span class=\"bad\">{E(r.Error)}</span>",
            }));

    public static string Health(OpsView v, OpsText t) =>
        $"<h2>{E(t.T("Tình trạng", "Health"))}</h2>" + Table(
            [t.T("Thành phần", "Component"), t.T("Trạng thái", "Status"), t.T("Ghi chú", "Note")],
            v.Health.Entries.Select(e => new[]
            {
                E(e.Key),
                $"<span class=\"{(e.Value.Status == HealthStatus.Healthy ? "ok" : e.Value.Status == HealthStatus.Degraded ? "warn" : "bad")}\">{E(e.Value.Status)}</span>",
                E(e.Value.Description),
            }));

    /// <summary>Deliveries given up after their retry period; re-driving one sends it again under the same webhook-id.</summary>
    public static string FailedWebhooks(OpsView v, OpsText t, AntiforgeryTokenSet token)
    {
        var title = $"<h2>{E(t.T("Webhook gửi lỗi", "Failed webhook deliveries"))}</h2>";
        if (v.FailedWebhooks.Count == 0)
        {
            return title + $"<p class=\"ok\">{E(t.T("Không có webhook gửi lỗi.", "No failed webhook deliveries."))}</p>";
        }
        return title + Table(
            [t.T("Cơ quan", "Agency"), t.T("Địa chỉ nhận", "Endpoint"), t.T("Sự kiện", "Event"), t.T("Lần thử", "Attempts"), t.T("Lỗi", "Error"), ""],
            v.FailedWebhooks.Select(d => new[]
            {
                E(d.AgencyCode), E(d.Url), E(d.EventType), E(d.Attempts), E(d.LastError),
                Form($"/ops/webhook-deliveries/{d.Id}/redrive", token.RequestToken!, token.FormFieldName, "", t.T("Gửi lại", "Re-drive")),
            }));
    }

    private static string Card(string label, object value, string id, string tone = "") =>
        $"""<div class="card"><span>{E(label)}</span><b id="{E(id)}" class="{tone}">{E(value)}</b></div>""";
}
