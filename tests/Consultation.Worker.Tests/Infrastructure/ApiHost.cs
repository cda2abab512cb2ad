using Consultation.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>The API as production runs it beside a separate Worker: same database, no worker inside, never on the bus.</summary>
public sealed class ApiHost(TestDatabase database, TimeProvider clock, IDictionary<string, string?>? settings = null) : WebApplicationFactory<global::Program>
{
    public const string AdminKey = "pipeline-bootstrap-admin-key-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Consultation", database.ConnectionString);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Worker:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }

    public HttpClient Client(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
