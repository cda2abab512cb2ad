using System.Globalization;

namespace Consultation.Core.Escalations;

/// <summary>
/// What an escalation row is about beyond its assignment, kind and level, as stored in
/// <c>escalations.occurrence</c> (part of the unique key): nothing for a request, the deadline for
/// reminders, overdue and deemed agreement (a new deadline is a new occurrence), the answer for the
/// kinds about an answer. Written and read only here.
/// </summary>
public static class Occurrence
{
    private const string DeadlineFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>A request is told once per assignment.</summary>
    public const string Once = "";

    public static string OfDeadline(DateTimeOffset dueAt) => dueAt.ToUniversalTime().ToString(DeadlineFormat, CultureInfo.InvariantCulture);

    public static string OfAnswer(Guid answerId) => answerId.ToString();

    /// <summary>The deadline a row was raised for; null for a row of a kind that has none.</summary>
    public static DateTimeOffset? Deadline(string occurrence) =>
        DateTimeOffset.TryParseExact(occurrence, DeadlineFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due)
            ? due.ToUniversalTime()
            : null;

    /// <summary>The answer a row of an answer kind is about.</summary>
    public static Guid Answer(string occurrence) => Guid.Parse(occurrence);
}
