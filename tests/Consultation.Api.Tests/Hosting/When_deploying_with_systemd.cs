namespace Consultation.Api.Tests.Hosting;

/// <summary>
/// The example units in deploy/ run the API and the worker on one host. systemd lets a setting from
/// EnvironmentFile= win over Environment=, so the shared file must not carry a per-process setting.
/// </summary>
public sealed class When_deploying_with_systemd
{
    private static readonly string Deploy = Path.Combine(RepositoryRoot(), "deploy");

    [Test]
    public void Should_give_each_process_its_own_address_that_the_shared_file_cannot_override()
    {
        var shared = Settings(File.ReadAllLines(Path.Combine(Deploy, "consultation.env")));
        var api = UnitEnvironment("consultation-api.service");
        var worker = UnitEnvironment("consultation-worker.service");

        Assert.That(shared.Keys, Has.No.Member("ASPNETCORE_URLS"), "a shared ASPNETCORE_URLS overrides both units' own");
        Assert.That(api, Does.ContainKey("ASPNETCORE_URLS"));
        Assert.That(worker, Does.ContainKey("ASPNETCORE_URLS"));
        Assert.That(api["ASPNETCORE_URLS"], Is.Not.EqualTo(worker["ASPNETCORE_URLS"]), "both run on one host");
    }

    private static Dictionary<string, string> UnitEnvironment(string unit) => Settings(File.ReadAllLines(Path.Combine(Deploy, unit))
        .Where(l => l.StartsWith("Environment=", StringComparison.Ordinal))
        .Select(l => l["Environment=".Length..]));

    private static Dictionary<string, string> Settings(IEnumerable<string> lines) => lines
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('='))
        .Select(l => l.Split('=', 2))
        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

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
