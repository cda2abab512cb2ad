using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// Every operation of the OpenAPI document, sent by every role, with junk in every place a value goes.
/// Bad input never gets a 5xx, every refusal is a problem, and a refused request changes nothing.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_every_operation_meets_hostile_input<TDatabase> : BadInputScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const int LimitBytes = 256 * 1024;
    private const string Preview = "POST /api/v1/assessments";
    private readonly ConcurrentBag<SweepResult> _results = [];
    private List<ApiOperation> _operations = [];
    private DatabaseSnapshot _before = null!;
    private DatabaseSnapshot _after = null!;
    private TimeSpan _took;

    /// <summary>
    /// The one table a refused request writes to by design: a POST with an Idempotency-Key keeps its first
    /// answer, a refusal included, so that a retry gets the same refusal. Checked apart below.
    /// </summary>
    protected override ICollection<string> BookkeepingTables => ["idempotent_requests"];

    [OneTimeSetUp]
    public async Task Sweep()
    {
        var id = await OpenAsync();
        var answered = await As("STP").PostAsJsonAsync($"/api/v1/consultations/{id}/answers", Answer());
        Assert.That((int)answered.StatusCode, Is.EqualTo(201));
        _operations = OpenApiOperations.Read(JsonNode.Parse(await Factory.CreateClient().GetStringAsync("/openapi/v1.json"))!);
        var targets = new SweepTargets(id, "STP");
        var keys = new Dictionary<string, string?>
        {
            ["anonymous"] = null,
            ["lead"] = KeyOf("STC"),
            ["consulted"] = KeyOf("STP"),
            ["unrelated"] = KeyOf("SYT"),
            ["supervisor"] = KeyOf("supervisor"),
            ["ops"] = KeyOf("ops"),
            ["admin"] = ConsultationApiFactory.AdminKey,
        };
        _before = await SnapshotAsync();
        using var client = new SweepClient(Factory.CreateClient().BaseAddress!, keys);
        var clock = Stopwatch.StartNew();
        var ordinary = _operations.SelectMany(o => keys.Keys.Select(role => HostileRequests.Ordinary(o, targets) with { Role = role })).ToList();
        await SendAllAsync(client, ordinary);
        // A role turned away at the door (401, 403 before the endpoint runs) meets the same check for every
        // variant, so it gets every fourth; a role the endpoint lets in gets them all. Keeps the sweep short.
        var atTheDoor = _results.Where(r => r.ProblemCode is "unauthorized" or "forbidden")
            .Select(r => (r.Request.Operation, r.Request.Role)).ToHashSet();
        var hostile = _operations
            .SelectMany(o => HostileRequests.For(o, targets, LimitBytes))
            .SelectMany((r, i) => keys.Keys.Where(role => i % 4 == 0 || !atTheDoor.Contains((r.Operation, role))).Select(role => r with { Role = role }))
            .ToList();
        await SendAllAsync(client, hostile);
        _took = clock.Elapsed;
        _after = await SnapshotAsync();
    }

    private Task SendAllAsync(SweepClient client, IEnumerable<HostileRequest> requests) =>
        Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (request, _) => _results.Add(await client.SendAsync(request)));

    [Test]
    public void Should_never_answer_with_a_5xx_or_a_broken_connection()
    {
        var failed = _results.Where(r => r.Status is 0 or >= 500).ToList();

        Assert.That(failed, Is.Empty, $"{failed.Count} of {_results.Count} requests failed; the first ones:\n" + First(failed));
    }

    [Test]
    public void Should_answer_every_refusal_with_a_problem_naming_a_code()
    {
        var bare = _results
            .Where(r => r.Status is >= 400 and < 500 && !r.IsKestrelsOwnRefusal)
            .Where(r => r.ProblemCode is null)
            .ToList();

        Assert.That(bare, Is.Empty, $"{bare.Count} refusals are not problems with a code; the first ones:\n" + First(bare));
    }

    [Test]
    public void Should_succeed_only_where_nothing_is_written()
    {
        var writes = _results.Where(r => r.Status is >= 200 and < 300 && r.Request.Method != "GET" && r.Request.Operation != Preview).ToList();

        Assert.That(writes, Is.Empty, "the sweep must send only requests the service refuses; these were accepted:\n" + First(writes));
    }

    [Test]
    public void Should_change_no_data()
    {
        Assert.That(_before.ChangesIn(_after), Is.Empty);
        Assert.That(_before.Tables, Does.Contain("consultations").And.Contain("audit_log").IgnoreCase);
    }

    [Test]
    public async Task Should_keep_only_refusals_in_the_idempotency_bookkeeping()
    {
        await using var connection = await Factory.Services.GetRequiredService<Db>().OpenAsync();
        // The scenario's own set-up sends no Idempotency-Key, so every row is the sweep's.
        var statuses = (await connection.QueryAsync<int?>("SELECT status_code FROM idempotent_requests")).ToList();

        Assert.That(statuses, Has.Count.GreaterThanOrEqualTo(_operations.Count(o => o.Method == "POST")));
        Assert.That(statuses, Is.All.InRange(400, 499));
    }

    [Test]
    public void Should_cover_every_operation_for_every_role()
    {
        var covered = _results.Select(r => r.Request.Operation).ToHashSet();
        var roles = _results.Select(r => r.Request.Role).ToHashSet();
        var report = TestContext.Out;
        report.WriteLine($"{_results.Count} requests in {_took.TotalSeconds:F1} s: {covered.Count} of {_operations.Count} operations, {roles.Count} roles ({string.Join(", ", roles)}).");
        report.WriteLine("By status: " + string.Join(", ", _results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        report.WriteLine("Succeeded (reads and the assessment preview, which records nothing): " + string.Join(", ",
            _results.Where(r => r.Status is >= 200 and < 300).GroupBy(r => r.Request.Operation).Select(g => $"{g.Key}: {g.Count()}")));
        report.WriteLine($"Sent again after a broken connection: {_results.Count(r => r.Attempts > 1)}; "
            + $"refused by Kestrel before the application (NUL in the path, no problem body possible): {_results.Count(r => r.IsKestrelsOwnRefusal)}.");
        report.WriteLine($"Tables compared: {_before.Tables.Count}; left out: {string.Join(", ", BookkeepingTables)}.");

        Assert.That(covered, Is.EquivalentTo(_operations.Select(o => o.Name)));
        Assert.That(roles, Has.Count.EqualTo(7));
        Assert.That(_results, Has.Count.GreaterThanOrEqualTo(5_000));
    }

    private static string First(IEnumerable<SweepResult> results) => string.Join('\n', results.Take(15).Select(r => "  " + r));
}
