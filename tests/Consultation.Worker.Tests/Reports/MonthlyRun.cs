using Consultation.Core.Calendar;
using Consultation.Core.Reports;
using Consultation.TestSupport;
using Consultation.Worker.Reports;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Reports;

/// <summary>
/// The monthly report run on a running API's database and clock, announcing on an in-memory test bus
/// so a spec sees exactly what it published.
/// </summary>
public sealed class MonthlyRun : IAsyncDisposable
{
    private readonly ServiceProvider _bus;

    private MonthlyRun(ServiceProvider bus, ITestHarness harness, MonthlyReports reports, ReportStore store)
        => (_bus, Harness, Reports, Store) = (bus, harness, reports, store);

    public ITestHarness Harness { get; }

    public MonthlyReports Reports { get; }

    public ReportStore Store { get; }

    public static async Task<MonthlyRun> StartAsync(ConsultationApiFactory api)
    {
        var bus = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(true);
        var harness = bus.GetRequiredService<ITestHarness>();
        await harness.Start();
        var services = api.Services;
        var store = services.GetRequiredService<ReportStore>();
        var reports = new MonthlyReports(services.GetRequiredService<ReportGenerator>(), store, harness.Bus,
            services.GetRequiredService<IWorkingCalendar>(), api.Clock);
        return new MonthlyRun(bus, harness, reports, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _bus.DisposeAsync();
    }
}
