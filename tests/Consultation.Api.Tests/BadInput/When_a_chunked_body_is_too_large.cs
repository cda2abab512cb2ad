using System.Net.Http.Headers;
using System.Text;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// A body sent in chunks, with no Content-Length, is only found too large while it is read; it must get
/// the same 413 problem as a body whose Content-Length says so at once.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_a_chunked_body_is_too_large<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const int Limit = 256 * 1024;

    [TestCase(null)]
    [TestCase("chunked-retry-1")]
    public async Task Should_refuse_it_with_the_same_413_problem_and_change_nothing(string? idempotencyKey)
    {
        var before = await SnapshotAsync();
        var body = ValidConsultation();
        body["issue"] = new string('x', Limit + 1024);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/consultations")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString()))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await As("STC").SendAsync(request);

        var problem = await AssertProblem(response, 413, "payload_too_large");
        Assert.That(problem["title"]!.GetValue<string>(), Does.Contain(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await AssertUnchangedSince(before);
    }
}
