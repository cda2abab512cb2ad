using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consultation.Core.Calendar;

/// <summary>
/// Loads holiday rules from JSON, so a change in the law (a new holiday, a repealed one) is a data
/// change. The defaults are the embedded <c>Calendar/holidays.json</c>.
/// </summary>
public static class HolidayRules
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<IReadOnlyList<HolidayRule>> Defaults = new(LoadDefaults);

    /// <summary>The public holidays of the Labor Code 2019, art. 112, plus 24/11 from 1/7/2026.</summary>
    public static IReadOnlyList<HolidayRule> Default => Defaults.Value;

    /// <summary>Reads rules from a JSON document <c>{ "holidays": [ … ] }</c>; throws <see cref="InvalidDataException"/> when a rule is malformed.</summary>
    public static IReadOnlyList<HolidayRule> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<HolidayRuleFile>(json, Options);
        if (file?.Holidays is null)
        {
            throw new InvalidDataException("The holiday rules document has no \"holidays\" list.");
        }
        var problems = file.Holidays.Select(r => r.Problem()).OfType<string>().ToList();
        return problems.Count == 0
            ? file.Holidays
            : throw new InvalidDataException("Invalid holiday rules: " + string.Join("; ", problems));
    }

    private static IReadOnlyList<HolidayRule> LoadDefaults()
    {
        var assembly = typeof(HolidayRules).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Calendar.holidays.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }

    private sealed record HolidayRuleFile(string? Source, IReadOnlyList<HolidayRule> Holidays);
}
