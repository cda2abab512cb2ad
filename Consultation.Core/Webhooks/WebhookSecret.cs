using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Consultation.Core.Webhooks;

/// <summary>
/// Endpoint secrets in the Standard Webhooks format (<c>whsec_</c> + base64 of 32 random bytes) and the
/// signature made with them. A secret has to be read back to sign every delivery, so it cannot be kept
/// as a hash like an API key: it is stored encrypted with ASP.NET Core data protection, whose key ring
/// lives in the database (<c>data_protection_keys</c>, Consultation.Hosting/DatabaseKeyRing) and is
/// shared by every API instance and worker. A copy of the database alone does not reveal it only as
/// long as the key ring is protected at rest too; the ring's own encryption is a deployment setting.
/// </summary>
public sealed class WebhookSecret(IDataProtectionProvider provider)
{
    private const string Prefix = "whsec_";
    private readonly IDataProtector _protector = provider.CreateProtector("Consultation.Webhooks.EndpointSecret.v1");

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);

    /// <summary>The <c>webhook-signature</c> header: <c>v1,</c> + base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> keyed by the secret's decoded bytes.</summary>
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
