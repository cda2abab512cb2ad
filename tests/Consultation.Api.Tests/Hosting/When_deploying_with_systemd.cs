namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// The example units in deploy/ run the API and the worker on one host. systemd lets a setting from
/// EnvironmentFile= win over Environment=, and a later file over an earlier one, so each unit reads the
/// shared consultation.env first and its own file (api.env, worker.env) last.
/// </summary>
public sealed class When_deploying_with_systemd
{
    private const string Api = "consultation-api.service";
    private const string Worker = "consultation-worker.service";
    private static readonly string[] Units = [Api, Worker];

    [Test]
    public void Should_give_each_process_its_own_address_that_the_shared_file_cannot_override()
    {
        // The defect these files guard against: an administrator puts one address in the shared file.
        IEnumerable<string> SharedSettingAnAddress(string path) =>
            Path.GetFileName(path) == "consultation.env" ? [.. EnvironmentFileLines(path), "ASPNETCORE_URLS=http://0.0.0.0:80"] : EnvironmentFileLines(path);

        var api = Unit(Api).Environment(SharedSettingAnAddress)["ASPNETCORE_URLS"];
        var worker = Unit(Worker).Environment(SharedSettingAnAddress)["ASPNETCORE_URLS"];

        Assert.Multiple(() =>
        {
            Assert.That(Settings("consultation.env"), Does.Not.ContainKey("ASPNETCORE_URLS"), "the shared example names no address");
            Assert.That(api, Is.EqualTo(Settings("api.env")["ASPNETCORE_URLS"]));
            Assert.That(worker, Is.EqualTo(Settings("worker.env")["ASPNETCORE_URLS"]));
            Assert.That(api, Is.Not.EqualTo(worker), "both run on one host");
            Assert.That(new[] { api, worker }, Is.All.StartsWith("http://127.0.0.1:"), "only the reverse proxy on the same host reaches them");
        });
    }

    [Test]
    public void Should_run_both_processes_on_the_production_database_and_broker_with_the_worker_apart()
    {
        var api = Unit(Api).Environment(EnvironmentFileLines);
        var worker = Unit(Worker).Environment(EnvironmentFileLines);

        Assert.Multiple(() =>
        {
            foreach (var process in new[] { api, worker })
            {
                Assert.That(process["Database__Provider"], Is.EqualTo("PostgreSql"));
                Assert.That(process["Messaging__Transport"], Is.EqualTo("RabbitMq"));
                Assert.That(process["Messaging__RabbitMq__QuorumQueues"], Is.EqualTo("true"));
                Assert.That(process["Demo__Seed"], Is.EqualTo("false"));
            }
            Assert.That(api["Worker__Enabled"], Is.EqualTo("false"), "the API records facts and never talks to the bus");
        });
    }

    [TestCaseSource(nameof(Units))]
    public void Should_confine_the_process_and_restart_it_within_limits(string name)
    {
        var unit = Unit(name);

        Assert.Multiple(() =>
        {
            Assert.That(unit.Last("Service", "NoNewPrivileges"), Is.EqualTo("true"));
            Assert.That(unit.Last("Service", "ProtectSystem"), Is.EqualTo("strict"));
            Assert.That(unit.Last("Service", "ProtectHome"), Is.EqualTo("true"));
            Assert.That(unit.Last("Service", "PrivateTmp"), Is.EqualTo("true"));
            Assert.That(unit.Last("Service", "Restart"), Is.EqualTo("on-failure"));
            Assert.That(unit.Last("Service", "RestartSec"), Is.Not.Null);
            Assert.That(unit.Last("Unit", "StartLimitIntervalSec"), Is.Not.Null, "a start limit belongs to [Unit]");
            Assert.That(unit.Last("Unit", "StartLimitBurst"), Is.Not.Null);
            Assert.That(unit.Last("Service", "KillSignal"), Is.EqualTo("SIGTERM"));
            Assert.That(unit.Last("Service", "TimeoutStopSec"), Is.EqualTo("15"), "the process stops within 10 s of SIGTERM");
        });
    }

    [Test]
    public void Should_let_only_the_worker_write_and_only_in_its_state_directory()
    {
        var api = Unit(Api);
        var worker = Unit(Worker);
        var pickup = worker.Environment(EnvironmentFileLines)["Mail__PickupDirectory"];

        Assert.Multiple(() =>
        {
            Assert.That(api.All("Service", "StateDirectory").Concat(api.All("Service", "ReadWritePaths")), Is.Empty, "the API writes nothing to disk");
            Assert.That(pickup, Does.StartWith($"/var/lib/{worker.Last("Service", "StateDirectory")}/"),
                "mail files written without an SMTP host must land where ProtectSystem=strict lets the worker write");
        });
    }

    [Test]
    public async Task Should_pass_systemd_analyze_verify()
    {
        var analyze = DeployFiles.Required("systemd-analyze", "systemd", "the units");
        var copies = Directory.CreateTempSubdirectory("consultation-units-");
        try
        {
            foreach (var name in Units)
            {
                await File.WriteAllLinesAsync(Path.Combine(copies.FullName, name), File.ReadLines(DeployFiles.PathOf(name)).Select(RunnableHere));
            }

            var (exitCode, output) = await DeployFiles.RunAsync(analyze, ["verify", .. Units.Select(u => Path.Combine(copies.FullName, u))]);

            // verify exits 0 even for an unknown key or a value it cannot parse; it says so on standard error.
            var findings = output.Split('\n').Where(l => l.Contains(copies.FullName, StringComparison.Ordinal) || Units.Any(u => l.Contains(u, StringComparison.Ordinal)));
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(findings, Is.Empty);
        }
        finally
        {
            copies.Delete(recursive: true);
        }
    }

    /// <summary>verify checks that ExecStart's program exists: where dotnet is installed elsewhere, the copy starts that one.</summary>
    private static string RunnableHere(string line)
    {
        if (!line.StartsWith("ExecStart=", StringComparison.Ordinal))
        {
            return line;
        }
        var program = line["ExecStart=".Length..].Split(' ')[0];
        return File.Exists(program) ? line : line.Replace(program, DeployFiles.Installed("dotnet") ?? "/bin/sh", StringComparison.Ordinal);
    }

    private static SystemdUnit Unit(string name) => SystemdUnit.Read(DeployFiles.PathOf(name));

    /// <summary>The example in deploy/ of a file the units read from /etc/consultation/.</summary>
    private static IEnumerable<string> EnvironmentFileLines(string path) => File.ReadLines(DeployFiles.PathOf(Path.GetFileName(path)));

    private static Dictionary<string, string> Settings(string file) =>
        SystemdUnit.EnvironmentFile(File.ReadLines(DeployFiles.PathOf(file))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
