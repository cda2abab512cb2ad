using Consultation.Worker.Reports;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Generates the previous month's consolidated reports early in the month, then announces them.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(MonthlyReports reports, ILogger<MonthlyReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("monthly-report", "consultation");

    /// <summary>Job data for a manual trigger: "true" regenerates the previous month even if it exists.</summary>
    public const string Force = "force";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var force = context.MergedJobDataMap.TryGetValue(Force, out var value) && bool.TryParse(value?.ToString(), out var yes) && yes;
        var pipeline = WorkerResilience.Create(logger);
        var (generated, announced) = await pipeline.ExecuteAsync(async ct => await reports.RunAsync(force, ct), cancellationToken);
        if (generated + announced > 0)
        {
            logger.LogInformation("Monthly reports: generated {Generated}, announced {Announced}", generated, announced);
        }
    }

    /// <summary>
    /// The cron is read in Vietnam's time. Quartz keeps the zone's id with a clustered trigger, so it
    /// must be a zone the host's database knows; a host without one reads the cron in UTC, and the
    /// default 07:00 becomes 14:00 in Vietnam, still the same day.
    /// </summary>
    public static TimeZoneInfo Zone()
    {
        foreach (var id in (string[])["Asia/Ho_Chi_Minh", "SE Asia Standard Time"])
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.Utc;
    }
}
