using System.Globalization;
using System.Text.Json.Nodes;

namespace Consultation.Api.Tests.Calendar;

/// <summary>Reads the calendar endpoints' bodies into values a test can compare.</summary>
internal static class CalendarJson
{
    public static List<(DateOnly Date, string Name)> Days(JsonObject year, string list) =>
        year[list]!.AsArray().Select(d => (Date(d!["date"]!), d!["name"]!.GetValue<string>())).ToList();

    public static DateOnly Date(JsonNode node) => DateOnly.ParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(JsonNode node) => DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    /// <summary>24:00 at the end of a day in Vietnam, which is how a period of working days ends.</summary>
    public static DateTimeOffset EndOf(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(7)).AddDays(1);
}
