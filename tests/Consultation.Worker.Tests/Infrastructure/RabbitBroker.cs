using System.Diagnostics;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// The RabbitMQ node tests/run.sh started on loopback, described by environment variables. Tests
/// may stop and start its application to play a broker outage.
/// </summary>
public sealed class RabbitBroker
{
    public const string PortVariable = "CONSULTATION_TEST_RABBITMQ_PORT";

    public int Port { get; }
    public string Node { get; }

    private RabbitBroker(int port, string node) => (Port, Node) = (port, node);

    public static RabbitBroker Require()
    {
        var port = Environment.GetEnvironmentVariable(PortVariable);
        var node = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_NODE");
        if (string.IsNullOrEmpty(port) || string.IsNullOrEmpty(node))
        {
            Assert.Ignore($"RabbitMQ is not configured: set {PortVariable} and CONSULTATION_TEST_RABBITMQ_NODE (tests/run.sh starts one).");
        }
        return new RabbitBroker(int.Parse(port!, System.Globalization.CultureInfo.InvariantCulture), node!);
    }

    public Task StopAsync() => CtlAsync("stop_app");

    public Task StartAsync() => CtlAsync("start_app");

    private async Task CtlAsync(string command)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQCTL") ?? "/usr/lib/rabbitmq/bin/rabbitmqctl", $"-n {Node} {command}") { RedirectStandardOutput = true, RedirectStandardError = true };
        // The node's Erlang cookie lives in the home folder tests/run.sh gave it.
        info.Environment["HOME"] = Environment.GetEnvironmentVariable("CONSULTATION_TEST_RABBITMQ_HOME") ?? Environment.GetEnvironmentVariable("HOME");
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
    }
}
