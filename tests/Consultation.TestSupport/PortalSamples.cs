namespace Consultation.TestSupport;

/// <summary>
/// Keeps a page a spec read when CONSULTATION_PORTAL_SAMPLES names a folder, to look at it in a browser
/// (at 390 px too), as CONSULTATION_REPORT_SAMPLES keeps the report files.
/// </summary>
public static class PortalSamples
{
    public static async Task KeepAsync(string name, string html)
    {
        if (Environment.GetEnvironmentVariable("CONSULTATION_PORTAL_SAMPLES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.html"), html);
        }
    }
}
