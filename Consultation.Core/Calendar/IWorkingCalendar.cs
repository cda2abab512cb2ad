namespace Consultation.Core.Calendar;

/// <summary>
/// The working-day calendar every due date is computed from. Deadlines count in working days
/// (ngày làm việc) in Asia/Ho_Chi_Minh: the day of receipt does not count and the period ends
/// at 24:00 of its last working day.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>Whether agencies work on that civil date.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The due moment (UTC) of a request received at <paramref name="receivedAt"/> and given <paramref name="workingDays"/> working days.</summary>
    DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays);
}
