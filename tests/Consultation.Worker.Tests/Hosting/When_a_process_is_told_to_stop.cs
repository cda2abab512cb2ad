using System.Diagnostics;
using Consultation.Core.Data;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Consultation.Worker.Tests.Hosting;

/// <summary>
/// systemd, Kubernetes and an operator's Ctrl+C all send SIGTERM and wait about ten seconds before killing.
/// The built programs, run as in production on PostgreSQL and RabbitMQ, each reached through a relay the
/// spec severs: whatever is gone, the process has stopped within ten seconds of the signal.
/// </summary>
[TestFixture(typeof(PostgresDb))]
public sealed class When_a_process_is_told_to_stop<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(10);

    [TestCase("Consultation.Worker", "nothing")]
    [TestCase("Consultation.Worker", "database")]
    [TestCase("Consultation.Worker", "broker")]
    [TestCase("Consultation.Worker", "database and broker")]
    [TestCase("Consultation.Api", "nothing")]
    [TestCase("Consultation.Api", "database")]
    public async Task Should_stop_within_ten_seconds_whatever_is_gone(string program, string gone)
    {
        var broker = RabbitBroker.Require();
        using var database = new TDatabase();
        database.Create();
        new SchemaMigrator(new Db(SqlDialect.For(database.Provider), database.ConnectionString), NullLogger<SchemaMigrator>.Instance).Migrate();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var databaseRelay = new SeveringProxy(server.Host!, server.Port);
        await using var brokerRelay = new SeveringProxy("127.0.0.1", broker.Port);
        var queuePrefix = "consultation-stop-" + Guid.NewGuid().ToString("N")[..8];
        var port = FreePort();
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Consultation"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = databaseRelay.Port }.ConnectionString,
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = "127.0.0.1",
            ["Messaging__RabbitMq__Port"] = brokerRelay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging__QueuePrefix"] = queuePrefix,
            ["Worker__ScanInterval"] = "00:00:01",
            ["Worker__PublishInterval"] = "00:00:01",
            ["Worker__Enabled"] = "false",
            ["Mail__DispatchInterval"] = "00:00:01",
            ["Mail__PickupDirectory"] = Path.Combine(Path.GetTempPath(), queuePrefix),
            ["Demo__Seed"] = "false",
        };
        using var process = Start(program, settings);
        try
        {
            await WaitUntilServingAsync(process, port);
            if (gone.Contains("database", StringComparison.Ordinal))
            {
                databaseRelay.Sever();
            }
            if (gone.Contains("broker", StringComparison.Ordinal))
            {
                brokerRelay.Sever();
            }
            // Long enough for the jobs to be caught waiting on what is gone.
            await Task.Delay(TimeSpan.FromSeconds(3));

            var signalled = Stopwatch.StartNew();
            Signal(process, "TERM");
            var stopped = await HasExitedWithinAsync(process, Allowed + TimeSpan.FromSeconds(20));

            Assert.That(stopped, Is.True, $"{program} with {gone} gone was still running {signalled.Elapsed.TotalSeconds:F0} s after SIGTERM");
            Assert.That(signalled.Elapsed, Is.LessThan(Allowed), $"{program} with {gone} gone stopped {signalled.Elapsed.TotalSeconds:F1} s after SIGTERM");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            await RabbitQueues.DeleteAsync(queuePrefix + "-");
            if (Directory.Exists(settings["Mail__PickupDirectory"]))
            {
                Directory.Delete(settings["Mail__PickupDirectory"], recursive: true);
            }
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>The program as deployed: its own build output, started with <c>dotnet</c>, no <c>dotnet run</c> in between.</summary>
    private static Process Start(string program, IDictionary<string, string> settings)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        // tests/Consultation.Worker.Tests/bin/{Configuration}/{framework}/ → {program}/bin/{Configuration}/{framework}/
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var root = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var folder = Path.Combine(root, program, "bin", configuration, framework);
        var info = new ProcessStartInfo("dotnet", Path.Combine(folder, program + ".dll"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in settings)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilServingAsync(Process process, int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            Assert.That(process.HasExited, Is.False, "the program stopped on its own before the spec signalled it");
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        Assert.Fail("the program was not ready within 30 seconds");
    }

    private static async Task<bool> HasExitedWithinAsync(Process process, TimeSpan limit)
    {
        using var wait = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process.Id}")!;
        kill.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
