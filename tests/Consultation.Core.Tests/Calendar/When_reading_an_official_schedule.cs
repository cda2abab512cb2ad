using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

/// <summary>Each official schedule (<see cref="PublishedSchedules"/>), day by day.</summary>
public class When_reading_an_official_schedule
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [TestCaseSource(typeof(PublishedSchedules), nameof(PublishedSchedules.Years))]
    public void Should_list_exactly_the_days_off_and_the_worked_Saturdays(OfficialSchedule schedule)
    {
        var summary = Calendar.YearSummary(schedule.Year);

        Assert.That(summary.DaysOff, Is.EqualTo(schedule.DaysOff.Select(d => ScheduleAssert.Day(d.Date, d.Name))));
        Assert.That(summary.WorkingDays, Is.EqualTo(schedule.WorkedSaturdays.Select(d => ScheduleAssert.Day(d.Date, d.Name))));
    }

    [TestCaseSource(typeof(PublishedSchedules), nameof(PublishedSchedules.Breaks))]
    public void Should_keep_each_break_off_and_work_the_days_around_it(string first, string last) =>
        ScheduleAssert.IsBreak(Calendar, first, last);

    [TestCaseSource(typeof(PublishedSchedules), nameof(PublishedSchedules.WorkedSaturdays))]
    public void Should_work_the_make_up_Saturdays(string saturday) =>
        Assert.That(Calendar.IsWorkingDay(VietnamClock.Date(saturday)), Is.True);

    [TestCaseSource(typeof(PublishedSchedules), nameof(PublishedSchedules.Years))]
    public void Should_have_the_official_number_of_working_days(OfficialSchedule schedule)
    {
        var first = new DateOnly(schedule.Year, 1, 1);
        var days = Enumerable.Range(0, first.AddYears(1).DayNumber - first.DayNumber).Select(first.AddDays);

        Assert.That(days.Count(Calendar.IsWorkingDay), Is.EqualTo(schedule.WorkingDayCount));
    }
}
