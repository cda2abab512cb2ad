using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Auth;
using Consultation.Core.Calendar;
using Consultation.Core.Data;
using Consultation.Core.Idempotency;
using Consultation.Core.Operations;
using Consultation.Core.Reports;
using Consultation.Core.Telemetry;
using Consultation.Core.Tests.Data.Recording;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Core.Tests.Data;

internal sealed partial class SqlServerRehearsal
{
    private const string AllOverrides = "FROM calendar_overrides ORDER BY day";

    /// <summary>An administrator's day off, which moves a deadline (after losing one race); then changed again and deleted.</summary>
    private async Task KeepCalendarAsync()
    {
        var store = Get<CalendarOverrideStore>();
        var day = new DateOnly(2026, 12, 9);
        var moved = Assignment(Guid.NewGuid(), Consulted) with { ReceivedAt = Now.AddDays(-3), DueAt = Now.AddDays(20) };
        Recorder.Returns("AND received_at < @until", moved)
            .Affects("UPDATE assignments SET due_at = @due", 0)
            .Returns("WHERE id = @Id AND status IN", moved);
        await store.SetAsync(new CalendarOverride(day, CalendarOverrideKind.DayOff, "Nghỉ"), "rehearsal", Now);

        var stored = new { Day = day.ToDateTime(TimeOnly.MinValue), Kind = "day_off", Name = "Nghỉ", UpdatedAt = Now };
        Recorder.Returns(AllOverrides, stored);
        await store.SetAsync(new CalendarOverride(day, CalendarOverrideKind.WorkingDay, "Làm việc"), "rehearsal", Now);
        Recorder.Returns(AllOverrides, stored);
        await store.DeleteAsync(day, "rehearsal", Now);
        await store.ListAsync(2026);
        await store.ListAsync(null);
    }

    /// <summary>The monthly job's reports (one lead's, stored anew, and the province's, replaced), a scorecard over months, the ranking.</summary>
    private async Task ReportAsync()
    {
        var period = new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        Recorder.Returns("SELECT DISTINCT c.lead_agency_code", new { LeadAgencyCode = Lead })
            .Affects("UPDATE reports SET generated_at", 0)
            .Returns("SELECT id FROM reports WHERE lead", new { Id = Guid.NewGuid() })
            .Returns("SELECT id FROM reports WHERE lead", new { Id = Guid.NewGuid() });
        var ids = await Get<ReportGenerator>().GenerateAsync(period);

        var reports = Get<ReportStore>();
        await reports.GetAsync(ids[0]);
        await reports.ExistsAsync(Lead, period);
        await reports.FindAsync(Lead, period);
        await reports.UnpublishedAsync();
        await reports.RecentAsync(24);
        await reports.MarkPublishedAsync(ids[0], Now);

        var scorecards = Get<Scorecards>();
        await scorecards.ForAgencyAsync(Consulted, "Sở Tư pháp", new ReportPeriod(new DateOnly(2026, 9, 1), period.To));
        await scorecards.RankAsync(period);
        await scorecards.TrendsAsync(new ReportPeriod(new DateOnly(2026, 6, 1), period.To));
    }

    /// <summary>Agencies, keys, idempotency (a claim left by a crash taken over), jobs' runs, ops' figures, health, audit.</summary>
    private async Task KeepRecordsAsync()
    {
        var agencies = Get<AgencyStore>();
        await agencies.AddAsync(Agency(Competent), Audit("agency.registered"));
        await agencies.FindAsync(Competent);
        await agencies.ListAsync();
        // OpenConsultationValidation.MaxConsultees: the most codes a request names.
        await agencies.ActiveByCodeAsync(Enumerable.Range(0, 200).Select(i => $"X{i}"));

        var keys = Get<ApiKeyStore>();
        var (_, prefix) = ApiKeySecret.Generate();
        await keys.AddAsync(new ApiKey { Prefix = prefix, Hash = "hash", Role = Roles.Agency, AgencyCode = Lead, CreatedAt = Now }, Audit("key.issued"));
        await keys.FindAsync(prefix);
        await keys.RevokeAsync(prefix, Audit("key.revoked"));

        var idempotency = Get<IdempotencyStore>();
        var request = new IdempotentRequest { Caller = prefix, IdemKey = "retry-1", RequestHash = "hash", CreatedAt = Now };
        Recorder.Refuses("INSERT INTO idempotent_requests", new DuplicateKeyRefused())
            .Returns("FROM idempotent_requests WHERE caller", request with { CreatedAt = Now.AddHours(-1) });
        await idempotency.ClaimAsync(request, Now.AddMinutes(-2), Now.AddDays(-1));
        await idempotency.CompleteAsync(request with { StatusCode = 201, ContentType = "application/json", Body = "{}" });
        await idempotency.ReleaseAsync(prefix, "retry-1");
        await idempotency.PruneAsync(Now.AddDays(-1));

        var runs = Get<JobRunStore>();
        await runs.RecordAsync(new JobRun { Job = "escalation-scan", Instance = "worker-1", StartedAt = Now, DurationMs = 12.5, Items = 3 });
        await runs.LatestAsync();
        await Get<OnTimeRates>().ListAsync();
        await Get<OverdueAssignments>().LongestAsync(Now, 10);
        Recorder.Returns("AS open_consultations", new { OpenConsultations = 0L });
        await Get<PipelineQueries>().StatusAsync();
        await new DatabaseHealthCheck(Db).CheckHealthAsync(new HealthCheckContext());
        await using var connection = await Db.OpenAsync();
        await AuditLog.ForEntityAsync(connection, "assignment", Guid.NewGuid().ToString());
    }
}
