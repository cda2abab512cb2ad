using System.Globalization;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

/// <summary>A due moment given either as a time with an offset or as working days from now.</summary>
public sealed record DueMoment(DateTimeOffset DueAt, int? WorkingDays)
{
    /// <summary>Reads <c>dueAt</c>/<c>workingDays</c>; with neither, <paramref name="defaultWorkingDays"/> applies when given.</summary>
    public static DueMoment? Read(
        string? dueAt, int? workingDays, int? defaultWorkingDays, DateTimeOffset now,
        IWorkingCalendar calendar, DeadlineOptions limits, FieldErrors errors)
    {
        if (dueAt is not null && workingDays is not null)
        {
            errors.Add("dueAt", "due_both");
            return null;
        }
        if (dueAt is not null)
        {
            if (!TryParse(dueAt, out var moment))
            {
                errors.Add("dueAt", "invalid_time");
                return null;
            }
            if (moment <= now)
            {
                errors.Add("dueAt", "not_in_future");
                return null;
            }
            if (moment > calendar.DueAt(now, limits.MaxWorkingDays))
            {
                errors.Add("dueAt", "due_too_far", limits.MaxWorkingDays);
                return null;
            }
            return new DueMoment(moment.ToUniversalTime(), null);
        }
        var days = workingDays ?? defaultWorkingDays;
        if (days is null)
        {
            errors.Add("dueAt", "due_required");
            return null;
        }
        if (days < 1 || days > limits.MaxWorkingDays)
        {
            errors.Add("workingDays", "working_days_range", limits.MaxWorkingDays);
            return null;
        }
        return new DueMoment(calendar.DueAt(now, days.Value), days);
    }

    /// <summary>ISO 8601 with an explicit offset: a time without one would be read in the server's zone, silently.</summary>
    internal static bool TryParse(string text, out DateTimeOffset moment)
    {
        moment = default;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out moment);
    }
}
