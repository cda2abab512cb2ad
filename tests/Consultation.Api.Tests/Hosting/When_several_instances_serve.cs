using System.Net;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// Two API instances behind one proxy, on one database: a person signed in to the ops page on one is
/// signed in on the other, and still after both restart, because the key ring that signs the session
/// cookie lives in the database rather than in each machine's folder.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_several_instances_serve<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_accept_an_ops_session_opened_on_one_instance_on_another_started_later()
    {
        var session = await SignInAsync(Factory);

        using var other = new ConsultationApiFactory(Factory.Database, clock: Factory.Clock);
        using var browser = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops");
        request.Headers.Add("Cookie", session);
        var response = await browser.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"redirected to {response.Headers.Location}");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("sign-out"));
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM data_protection_keys"), Is.EqualTo(1),
            "one key, in the database both instances read");
    }

    private async Task<string> SignInAsync(ConsultationApiFactory instance)
    {
        using var browser = instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        return OpsSignIn.SessionCookie(await OpsSignIn.PostAsync(browser, KeyOf("ops"))).Split(';')[0];
    }
}
