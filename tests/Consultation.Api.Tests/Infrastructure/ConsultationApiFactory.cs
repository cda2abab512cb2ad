using Consultation.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Consultation.Api.Tests.Infrastructure;

/// <summary>The single entry point for API tests: the real service on a real database, with a clock the test controls.</summary>
public sealed class ConsultationApiFactory(TestDatabase database, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789";

    /// <summary>Tuesday 1 December 2026, 09:00 in Vietnam.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Consultation", Database.ConnectionString);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Demo:Seed", "false");
        // The worker's own specs drive its jobs; here they would only add noise.
        builder.UseSetting("Worker:Enabled", "false");
        builder.UseSetting("Api:RequestsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
