using System.Text.RegularExpressions;

namespace Consultation.Core.Agencies;

public static partial class AgencyCodes
{
    /// <summary>Codes are identifiers for machines (STC, UBND-BMT): ASCII, upper-cased on the way in; null when malformed.</summary>
    public static string? Normalize(string? code) =>
        code is not null && CodePattern().IsMatch(code) ? code.ToUpperInvariant() : null;

    // \A and \z, not ^ and $: in .NET "$" also matches before a final "\n", which let "ABC\n" through.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,32}\z")]
    private static partial Regex CodePattern();
}
