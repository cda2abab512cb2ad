using System.Collections.Concurrent;
using System.Diagnostics;

namespace Consultation.Comparison;

/// <summary>
/// A program the harness starts (a contender, or the worker's built dll run with <c>dotnet</c>, never
/// <c>dotnet run</c>, whose child would outlive it); stopped with SIGTERM, killed if it lingers.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string dll, string arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory, string? echoPrefix)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var child = new ChildProcess(Process.Start(info)!);
        child._process.OutputDataReceived += (_, line) => child.Keep(line.Data, echoPrefix);
        child._process.ErrorDataReceived += (_, line) => child.Keep(line.Data, echoPrefix);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The last lines it wrote, for the message when it fails.</summary>
    public string Tail => string.Join(Environment.NewLine, _tail);

    public async Task<int> WaitForExitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(limit);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, then up to <paramref name="grace"/> to stop, then SIGKILL; returns how long it took to stop.</summary>
    public async Task<TimeSpan> StopAsync(TimeSpan grace)
    {
        var stopping = Stopwatch.StartNew();
        if (_process.HasExited)
        {
            return TimeSpan.Zero;
        }
        using (var term = Process.Start("kill", $"-TERM {_process.Id}")!)
        {
            await term.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"process {_process.Id} ignored SIGTERM for {grace.TotalSeconds:N0} s; killed");
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        return stopping.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private void Keep(string? line, string? echoPrefix)
    {
        if (line is null)
        {
            return;
        }
        if (echoPrefix is not null)
        {
            Console.WriteLine($"{echoPrefix}{line}");
        }
        _tail.Enqueue(line);
        while (_tail.Count > 40)
        {
            _tail.TryDequeue(out _);
        }
    }
}
