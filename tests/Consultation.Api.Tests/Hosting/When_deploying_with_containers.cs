using System.Text.RegularExpressions;
using Consultation.Api.Auth;

namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// deploy/compose.yaml runs the production topology in containers from the images of deploy/docker/.
/// No Docker engine is needed to check them: docker-compose validates the file on its own, and the
/// Dockerfiles are read as text.
/// </summary>
public sealed partial class When_deploying_with_containers
{
    private static readonly string[] Dockerfiles = ["docker/api.Dockerfile", "docker/worker.Dockerfile"];

    [Test]
    public async Task Should_describe_a_topology_docker_compose_accepts_with_the_example_values()
    {
        var compose = DeployFiles.Required("docker-compose", "docker-compose", "deploy/compose.yaml");

        var (exitCode, output) = await DeployFiles.RunAsync(compose,
            ["--env-file", DeployFiles.PathOf("compose.env.example"), "-f", DeployFiles.PathOf("compose.yaml"), "config", "--quiet"]);

        Assert.That(exitCode, Is.Zero, output);
        // A setting compose drops or a variable it fills with nothing is only a message to it, not a failure.
        Assert.That(output, Is.Empty, "config --quiet says nothing about a file it takes as it is");
    }

    [Test]
    public void Should_take_every_secret_from_the_environment_without_a_default()
    {
        var interpolations = Interpolation().Matches(File.ReadAllText(DeployFiles.PathOf("compose.yaml"))).Select(m => m.Groups[1].Value).ToList();
        var example = SystemdUnit.EnvironmentFile(File.ReadLines(DeployFiles.PathOf("compose.env.example"))).ToDictionary(p => p.Key, p => p.Value);

        Assert.That(interpolations, Is.Not.Empty);
        Assert.That(interpolations, Is.All.Match(@"^\w+:\?"), "compose refuses to start while a value is missing, rather than run on a default");
        Assert.That(example["CONSULTATION_BOOTSTRAP_ADMIN_KEY"], Is.EqualTo(AuthOptions.DeployExample), "the API refuses to start on the example key");
    }

    [TestCaseSource(nameof(Dockerfiles))]
    public void Should_run_as_an_unprivileged_user_on_the_runtime_image_alone(string dockerfile)
    {
        var instructions = Instructions(dockerfile);
        var stages = instructions.Where(i => i.Name == "FROM").Select(i => i.Arguments).ToList();
        var users = FinalStage(instructions).Where(i => i.Name == "USER").Select(i => i.Arguments).ToList();

        Assert.That(stages, Has.Count.EqualTo(2));
        Assert.That(stages[0], Does.StartWith("mcr.microsoft.com/dotnet/sdk:"), "built with the SDK");
        Assert.That(stages[1], Does.StartWith("mcr.microsoft.com/dotnet/aspnet:"), "the image holds the runtime, not the SDK");
        Assert.That(users, Is.Not.Empty, "an image without USER runs as root");
        Assert.That(users[^1].Split(':')[0], Is.Not.AnyOf("root", "0"));
    }

    [TestCaseSource(nameof(Dockerfiles))]
    public void Should_report_its_health_on_an_endpoint_the_service_serves(string dockerfile)
    {
        var checks = FinalStage(Instructions(dockerfile)).Where(i => i.Name == "HEALTHCHECK").Select(i => i.Arguments).ToList();

        Assert.That(checks, Has.Count.EqualTo(1));
        // The endpoints When_the_service_starts shows answering; both processes map them alike.
        Assert.That(checks[0], Does.Contain(" CMD ").And.Match(@"http://127\.0\.0\.1:8080/health/(live|ready)\b"));
    }

    /// <summary>The instructions in order, each with its continuation lines joined.</summary>
    private static List<(string Name, string Arguments)> Instructions(string dockerfile)
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var line in File.ReadLines(DeployFiles.PathOf(dockerfile)).Select(l => l.Trim()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            pending += line.TrimEnd('\\').Trim() + " ";
            if (!line.EndsWith('\\'))
            {
                var parts = pending.Trim().Split(' ', 2);
                instructions.Add((parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : ""));
                pending = "";
            }
        }
        return instructions;
    }

    /// <summary>What the image is made of: everything after the last FROM.</summary>
    private static IEnumerable<(string Name, string Arguments)> FinalStage(List<(string Name, string Arguments)> instructions) =>
        instructions.Skip(instructions.FindLastIndex(i => i.Name == "FROM") + 1);

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Interpolation();
}
