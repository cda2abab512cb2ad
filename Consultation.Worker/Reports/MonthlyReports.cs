using Consultation.Contracts;
using Consultation.Core.Calendar;
using Consultation.Core.Reports;
using MassTransit;

namespace Consultation.Worker.Reports;

/// <summary>
/// The monthly reports (item 1(i): the lead unit compiles and reports; item 2: Sở Nội vụ follows the
/// province). On a working day, while the previous month's reports are missing, it generates them;
/// then it announces every stored report not yet announced, with the report's id as MessageId, so a
/// crash between storing and announcing is made good on the next firing and consumers act once.
/// </summary>
public sealed class MonthlyReports(ReportGenerator generator, ReportStore store, IBus bus, IWorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>Runs once; <paramref name="force"/> regenerates the previous month even when it exists or today is a day off.</summary>
    public async Task<(int Generated, int Announced)> RunAsync(bool force, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var period = ReportPeriod.MonthBefore(today);
        var generated = 0;
        // The province-wide report is stored last, so its presence means the whole month was generated.
        if (force || (calendar.IsWorkingDay(today) && !await store.ExistsAsync(NonCooperationReport.All, period, cancellationToken)))
        {
            generated = (await generator.GenerateAsync(period, cancellationToken)).Count;
        }
        return (generated, await AnnounceAsync(cancellationToken));
    }

    /// <summary>Publishes NonCooperationReportReady for each report not yet announced, marking each once the broker has it.</summary>
    public async Task<int> AnnounceAsync(CancellationToken cancellationToken = default)
    {
        var pending = await store.UnpublishedAsync(cancellationToken);
        foreach (var report in pending)
        {
            var period = report.Period;
            var lead = report.Lead == NonCooperationReport.All ? null : report.Lead;
            await bus.Publish(new NonCooperationReportReady(report.Id, lead, period.From, period.To),
                context => context.MessageId = report.Id, cancellationToken);
            await store.MarkPublishedAsync(report.Id, clock.GetUtcNow(), cancellationToken);
        }
        return pending.Count;
    }
}
