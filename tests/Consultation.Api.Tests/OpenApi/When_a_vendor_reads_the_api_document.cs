using System.Text.Json.Nodes;
using Consultation.Api.Tests.Hosting;
using Consultation.TestSupport;

namespace Consultation.Api.Tests.OpenApi;

/// <summary>An e-office vendor starts from /openapi/v1.json: it must lint clean and say enough to generate a client from.</summary>
[TestFixture(typeof(SqliteDb))]
public sealed class When_a_vendor_reads_the_api_document<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_pass_Spectrals_OpenAPI_ruleset_with_no_error_and_no_warning()
    {
        var spectral = Spectral();
        var folder = Directory.CreateTempSubdirectory("consultation-spectral-").FullName;
        try
        {
            var document = Path.Combine(folder, "v1.json");
            // As served, servers and all.
            await File.WriteAllTextAsync(document, await Factory.CreateClient().GetStringAsync("/openapi/v1.json"));
            var report = Path.Combine(folder, "report.json");
            var (exitCode, output) = await DeployFiles.RunAsync(spectral,
                ["lint", document, "--ruleset", Path.Combine(ApiDocument.RepositoryRoot, ".spectral.yaml"), "--format", "json", "--output", report]);
            Assert.That(File.Exists(report), Is.True, $"Spectral wrote no report (exit code {exitCode}): {output}");

            // Severity: 0 error, 1 warning, 2 information, 3 hint.
            var findings = JsonNode.Parse(await File.ReadAllTextAsync(report))!.AsArray()
                .Where(f => f!["severity"]!.GetValue<int>() <= 1)
                .Select(f => $"{f!["code"]} at {string.Join('.', f["path"]!.AsArray())}: {f["message"]}")
                .ToList();
            Assert.That(findings, Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Should_serve_the_document_the_client_is_generated_from()
    {
        var served = await ApiDocument.ServedAsync(Factory.CreateClient());
        if (Environment.GetEnvironmentVariable(ApiDocument.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ApiDocument.CheckedIn, served.ToJsonString(ApiDocument.Written) + "\n");
        }
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(ApiDocument.CheckedIn));

        Assert.That(JsonNode.DeepEquals(served, checkedIn), Is.True,
            $"The service's document differs from docs/openapi/v1.json. If the change is meant, run this spec with {ApiDocument.UpdateVariable}=1 to rewrite the copy, and commit it with the change.");
    }

    [Test]
    public async Task Should_give_every_operation_a_stable_id_a_description_and_examples()
    {
        var document = await ApiDocument.ServedAsync(Factory.CreateClient());
        var gaps = new List<string>();
        var ids = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                var id = operation!["operationId"]?.GetValue<string>();
                ids.Add(id ?? "");
                if (id is null || !char.IsUpper(id[0]))
                {
                    gaps.Add($"{name}: no PascalCase operationId");
                }
                if (operation["requestBody"]?["content"]?["application/json"] is { } body && body["example"] is null)
                {
                    gaps.Add($"{name}: no request example");
                }
                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    foreach (var (type, media) in response!["content"]?.AsObject() ?? [])
                    {
                        if (type.Contains("json", StringComparison.Ordinal) && media!["example"] is null)
                        {
                            gaps.Add($"{name}: no example of {status} {type}");
                        }
                    }
                }
            }
        }

        Assert.That(gaps, Is.Empty);
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public async Task Should_list_the_problems_that_come_from_outside_the_handlers()
    {
        var document = await ApiDocument.ServedAsync(Factory.CreateClient());
        var answer = document["paths"]!["/api/v1/consultations/{id}/answers"]!["post"]!;

        Assert.That(answer["responses"]!.AsObject().Select(r => r.Key),
            Is.SupersetOf(new[] { "201", "400", "401", "403", "404", "409", "413", "415", "422", "429", "503" }));
        Assert.That(answer["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain("Idempotency-Key"));
        var list = document["paths"]!["/api/v1/agencies"]!["get"]!;
        // Any key may list agencies: no role is refused, and nothing is posted.
        Assert.That(list["responses"]!.AsObject().Select(r => r.Key), Is.EquivalentTo(new[] { "200", "401", "429", "503" }));
    }

    /// <summary>tests/run.sh installs Spectral with npm and names it in CONSULTATION_TEST_SPECTRAL; elsewhere it may be on PATH.</summary>
    private static string Spectral()
    {
        var named = Environment.GetEnvironmentVariable("CONSULTATION_TEST_SPECTRAL");
        if (!string.IsNullOrEmpty(named))
        {
            Assert.That(File.Exists(named), Is.True, $"CONSULTATION_TEST_SPECTRAL names {named}, which does not exist.");
            return named;
        }
        var onPath = DeployFiles.Installed("spectral");
        if (onPath is null)
        {
            Assert.Ignore("Spectral is not installed (tests/run.sh installs @stoplight/spectral-cli with npm and sets CONSULTATION_TEST_SPECTRAL), "
                + "so the API document cannot be linted here.");
        }
        return onPath;
    }
}
