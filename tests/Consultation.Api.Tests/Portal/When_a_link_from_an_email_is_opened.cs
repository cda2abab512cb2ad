using System.Net;
using Consultation.Core.Auth;
using Consultation.Core.Portal;
using Consultation.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Portal;

/// <summary>
/// A link from an email signs the person in for one agency and one consultation, until it expires; a
/// link that is altered, expired or of an agency made inactive shows a page saying so, and nothing else.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
public sealed class When_a_link_from_an_email_is_opened<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Clear = "Sở Tư pháp thống nhất với mức 40% theo khoản 3 Điều 12 QCVN 01:2021/BXD; không có ý kiến khác.";

    [Test]
    public async Task Should_open_that_consultation_only_and_answer_it_as_that_agency()
    {
        var id = await OpenAsync();
        var other = await OpenAsync();
        var browser = Browser();

        var opened = await browser.GetAsync(Link("STP", Roles.Agency, id));
        var page = await browser.GetAsync($"/portal/consultations/{id}");
        var inbox = await browser.GetAsync("/portal");
        var elsewhere = await browser.GetAsync($"/portal/consultations/{other}");
        var answeredElsewhere = await PortalSignIn.PostFormAsync(browser, $"/portal/consultations/{id}", $"/portal/consultations/{other}/answer",
            new Dictionary<string, string> { ["position"] = "agree", ["content"] = Clear });
        var reports = await browser.GetAsync("/portal/reports");
        var answered = await PortalSignIn.PostFormAsync(browser, $"/portal/consultations/{id}", $"/portal/consultations/{id}/answer",
            new Dictionary<string, string> { ["position"] = "agree", ["content"] = Clear });
        var read = await Json(await As("STC").GetAsync($"/api/v1/consultations/{other}"));

        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(opened.Headers.Location!.ToString(), Is.EqualTo($"/portal/consultations/{id}"), "the token leaves the address bar");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inbox.Headers.Location!.ToString(), Is.EqualTo($"/portal/consultations/{id}"), "no inbox for a link's session");
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await elsewhere.Content.ReadAsStringAsync(), Does.Contain("chỉ xem và xử lý được đúng hồ sơ trong thư đó"));
        Assert.That(answeredElsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(read["assignments"]!.AsArray().SelectMany(a => a!["answers"]!.AsArray()), Is.Empty, "nothing recorded on the other consultation");
        Assert.That(reports.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "nor the reports");
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var mine = (await Json(await As("STC").GetAsync($"/api/v1/consultations/{id}")))["assignments"]!.AsArray()
            .Single(a => a!["agencyCode"]!.GetValue<string>() == "STP")!["answers"]!.AsArray();
        Assert.That(mine, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_say_an_altered_link_is_not_valid_and_show_nothing()
    {
        var id = await OpenAsync();
        var link = Link("STP", Roles.Agency, id);
        var browser = Browser();

        var altered = await browser.GetAsync(link[..^1] + (link[^1] == 'A' ? 'B' : 'A'));
        var cut = await browser.GetAsync(link[..^20]);
        var after = await browser.GetAsync($"/portal/consultations/{id}");

        foreach (var refused in new[] { altered, cut })
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var html = await refused.Content.ReadAsStringAsync();
            Assert.That(html, Does.Contain("Đường liên kết không hợp lệ").And.Not.Contain("Tên văn bản"));
            Assert.That(html, Does.Not.Contain(id.ToString()));
        }
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no session was opened");
    }

    [Test]
    public async Task Should_say_when_a_link_expired_and_end_its_session_then()
    {
        var id = await OpenAsync();
        var link = Link("STP", Roles.Agency, id);
        var browser = Browser();
        // Opened a minute before the link expires: the session's own limits (30 minutes unused, 8 hours) are
        // far off when the link runs out, so only the link's expiry can end it.
        Factory.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.That((await browser.GetAsync(link)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await browser.GetAsync($"/portal/consultations/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var open = await browser.GetAsync($"/portal/consultations/{id}");
        var expired = await browser.GetAsync(link);

        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the session ends with its link");
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(await expired.Content.ReadAsStringAsync(), Does.Contain("Đường liên kết đã hết hạn"));
    }

    [Test]
    public async Task Should_not_open_for_an_agency_that_is_not_active()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var registered = await As("admin").PostAsync("/api/v1/agencies",
            JsonBody($$"""{"code":"{{code}}","name":"Ủy ban nhân dân xã đã sáp nhập","kind":"commune","email":"{{code.ToLowerInvariant()}}@daklak.test","active":false}"""));
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
        var id = await OpenAsync();

        var refused = await Browser().GetAsync(Link(code, Roles.Agency, id));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("đơn vị không còn hoạt động"));
    }

    [Test]
    public async Task Should_not_switch_a_session_of_another_agency_to_the_link()
    {
        var id = await OpenAsync();
        var link = Link("STP", Roles.Agency, id);
        var sxd = await PortalSignIn.BrowserAsync(Factory, KeyOf("SXD"));

        var foreign = await sxd.GetAsync(link);
        var html = await foreign.Content.ReadAsStringAsync();
        var inbox = await sxd.GetAsync("/portal");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(html, Does.Contain("Đường liên kết dành cho đơn vị khác").And.Contain("đơn vị SXD"));
        Assert.That(html, Does.Not.Contain("STP").And.Not.Contain(id.ToString()), "nothing of the other agency or the consultation");
        Assert.That(inbox.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still signed in as SXD");
    }

    private string Link(string agency, string role, Guid consultation)
    {
        var links = Factory.Services.GetRequiredService<PortalLinks>();
        return new Uri(links.Url(links.Issue(agency, role, consultation, Factory.Clock.GetUtcNow()))).PathAndQuery;
    }

    private HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
