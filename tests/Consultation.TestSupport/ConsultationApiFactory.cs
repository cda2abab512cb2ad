using Consultation.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Consultation.TestSupport;

/// <summary>
/// The one entry point to the real API in tests: the service on a real database, with a clock the test
/// controls, never running the worker inside (the worker's specs run their own, or none, as production
/// runs the two apart).
/// </summary>
public sealed class ConsultationApiFactory(TestDatabase database, IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789";

    /// <summary>Tuesday 1 December 2026, 09:00 in Vietnam, unless the test shares its own clock.</summary>
    public FakeTimeProvider Clock { get; } = clock ?? new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; } = database;

    /// <summary>A client that sends <paramref name="key"/> as its API key.</summary>
    public HttpClient Client(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Consultation", Database.ConnectionString);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Demo:Seed", "false");
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
            // Its last resort ends the process, which here is the whole test run; the built programs keep
            // it and are specified in Worker.Tests/Hosting/When_a_process_is_told_to_stop.
            foreach (var deadline in services.Where(d => d.ImplementationType == typeof(ShutdownDeadline)).ToList())
            {
                services.Remove(deadline);
            }
        });
    }
}
