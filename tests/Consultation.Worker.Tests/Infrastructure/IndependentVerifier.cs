using System.Diagnostics;
using System.Text.Json;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// Checks Standard Webhooks signatures with code that shares nothing with ours: a few lines of Python
/// (hmac, hashlib, base64) run as a separate process, given the secret and each request as received.
/// </summary>
public static class IndependentVerifier
{
    private const string Script = """
        import base64, hashlib, hmac, json, sys
        results = []
        for r in json.load(sys.stdin):
            key = base64.b64decode(r["secret"][len("whsec_"):] if r["secret"].startswith("whsec_") else r["secret"])
            signed = (r["id"] + "." + r["timestamp"] + "." + r["body"]).encode("utf-8")
            expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
            given = [s.split(",", 1)[1] for s in r["signature"].split(" ") if s.startswith("v1,")]
            results.append(any(hmac.compare_digest(expected, g) for g in given))
        print(json.dumps(results))
        """;

    /// <summary>For each request, whether its signature is valid for <paramref name="secret"/>.</summary>
    public static async Task<bool[]> VerifyAsync(string secret, IEnumerable<ReceivedWebhook> requests)
    {
        var script = Path.Combine(Path.GetTempPath(), $"verify-webhooks-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            using var python = Process.Start(new ProcessStartInfo("python3", [script])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var input = requests.Select(r => new { secret, id = r.Id, timestamp = r.Timestamp, signature = r.Signature, body = r.Body });
            await python.StandardInput.WriteAsync(JsonSerializer.Serialize(input));
            python.StandardInput.Close();
            var output = await python.StandardOutput.ReadToEndAsync();
            var errors = await python.StandardError.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.That(python.ExitCode, Is.Zero, errors);
            return JsonSerializer.Deserialize<bool[]>(output)!;
        }
        finally
        {
            File.Delete(script);
        }
    }
}
