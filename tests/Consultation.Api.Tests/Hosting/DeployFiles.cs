using System.Diagnostics;

namespace Consultation.Api.Tests.Hosting;

/// <summary>The repository's deploy/ folder, and the tools that check its files where they are installed.</summary>
internal static class DeployFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "deploy");

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>The program's path when it is on PATH; null when it is not installed.</summary>
    public static string? Installed(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, program))
        .FirstOrDefault(File.Exists);

    /// <summary>The program's path; where it is not installed, the spec is ignored and says why.</summary>
    public static string Required(string program, string package, string checking)
    {
        var path = Installed(program);
        if (path is null)
        {
            Assert.Ignore($"{program} is not installed (Debian package {package}), so {checking} cannot be checked here.");
        }
        return path;
    }

    /// <summary>Runs a checking tool to its end: its exit code and all it wrote, standard output then standard error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within a minute.");
        }
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Consultation.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new DirectoryNotFoundException("The repository root (Consultation.sln) was not found above the test folder.");
    }
}
