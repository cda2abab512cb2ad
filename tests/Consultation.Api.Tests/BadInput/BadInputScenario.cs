using System.Text.Json.Nodes;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// A running API behind real Kestrel, because what a hostile client can break lies in what only a real
/// server does (header validation, body limits, chunked bodies); and a way to prove a refusal wrote nothing.
/// </summary>
public abstract class BadInputScenario<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected override bool OverKestrel => true;

    /// <summary>Tables a refused request may legitimately write to; none by default.</summary>
    protected virtual ICollection<string> BookkeepingTables => [];

    protected Task<DatabaseSnapshot> SnapshotAsync() =>
        DatabaseSnapshot.TakeAsync(Factory.Services.GetRequiredService<Db>(), Factory.Database.Provider, BookkeepingTables);

    protected async Task AssertUnchangedSince(DatabaseSnapshot before) =>
        Assert.That(before.ChangesIn(await SnapshotAsync()), Is.Empty, "a refused request changed the data");

    /// <summary>Asserts an RFC 9457 problem with this status and machine code, and returns it.</summary>
    protected static async Task<JsonObject> AssertProblem(HttpResponseMessage response, int status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.That(problem["code"]?.GetValue<string>(), Is.EqualTo(code), text);
        return problem;
    }
}
