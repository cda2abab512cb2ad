using System.Security.Cryptography;
using System.Text;

namespace Consultation.Core.Auth;

/// <summary>
/// Key format <c>csk_{prefix}_{secret}</c>: the prefix names the key in logs and revocations, the
/// secret is 32 random bytes. A key has 256 bits of entropy, so a plain SHA-256 is enough to store
/// it; a slow password hash would only slow every request.
/// </summary>
public static class ApiKeySecret
{
    private const string Scheme = "csk";

    public static (string Key, string Prefix) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Scheme}_{prefix}_{secret}", prefix);
    }

    /// <summary>The prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts is [Scheme, { Length: 10 } prefix, { Length: > 0 }] ? prefix : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
