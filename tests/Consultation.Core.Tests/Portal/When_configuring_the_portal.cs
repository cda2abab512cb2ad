using Consultation.Core.Auth;
using Consultation.Core.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Tests.Portal;

public sealed class When_configuring_the_portal
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddConsultationCore(configuration, "unused.db")
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .BuildServiceProvider();
    }

    [Test]
    public void Should_make_links_from_the_settings()
    {
        using var services = Services(new() { ["Portal:BaseUrl"] = "https://lay-y-kien.daklak.gov.vn", ["Portal:LinkLifetime"] = "7.00:00:00" });
        var links = services.GetRequiredService<PortalLinks>();

        var link = links.Issue("STC", Roles.Agency, PortalSamples.Consultation, PortalSamples.Now);

        Assert.That(link.ExpiresAt - link.IssuedAt, Is.EqualTo(TimeSpan.FromDays(7)));
        Assert.That(links.Url(link), Does.StartWith("https://lay-y-kien.daklak.gov.vn/portal/link/"));
        Assert.That(services.GetRequiredService<PortalLinks>(), Is.SameAs(links), "one for the process");
    }

    [Test]
    public void Should_default_to_two_weeks_on_the_local_address()
    {
        using var services = Services([]);
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;

        Assert.That(options.BaseUrl, Is.EqualTo("http://localhost:5000"));
        Assert.That(options.LinkLifetime, Is.EqualTo(TimeSpan.FromDays(14)));
    }

    [TestCase("Portal:BaseUrl", "lay-y-kien.daklak.gov.vn")]
    [TestCase("Portal:BaseUrl", "/portal")]
    [TestCase("Portal:BaseUrl", "ftp://lay-y-kien.daklak.gov.vn")]
    [TestCase("Portal:LinkLifetime", "00:00:00")]
    [TestCase("Portal:LinkLifetime", "-1.00:00:00")]
    [TestCase("Portal:LinkLifetime", "91.00:00:00")]
    public void Should_refuse_at_start_up_what_cannot_make_a_working_link(string key, string value)
    {
        using var services = Services(new() { [key] = value });

        Assert.That(() => services.GetRequiredService<IOptions<PortalOptions>>().Value, Throws.TypeOf<OptionsValidationException>().With.Message.Contains(key));
    }
}
