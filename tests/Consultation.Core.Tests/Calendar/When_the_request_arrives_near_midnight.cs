using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_the_request_arrives_near_midnight
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [Test]
    public void Should_treat_23_30_UTC_as_the_next_day_in_Vietnam()
    {
        // Monday 2/3/2026 23:30 UTC is Tuesday 06:30 in Hà Nội: Wednesday is the first counted day.
        var received = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);
        Assert.That(Calendar.DueAt(received, 1), Is.EqualTo(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Should_keep_16_59_UTC_on_the_same_Vietnamese_day()
    {
        var received = new DateTimeOffset(2026, 3, 2, 16, 59, 59, TimeSpan.Zero);
        Assert.That(Calendar.DueAt(received, 1), Is.EqualTo(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Should_start_a_new_day_at_exactly_17_00_UTC()
    {
        var received = new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero);
        Assert.That(Calendar.DueAt(received, 1), Is.EqualTo(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Should_treat_Friday_night_UTC_as_a_Saturday_receipt()
    {
        // Friday 6/3/2026 23:30 UTC is Saturday in Vietnam: Monday 9/3 is the first working day.
        var received = new DateTimeOffset(2026, 3, 6, 23, 30, 0, TimeSpan.Zero);
        Assert.That(Calendar.DueAt(received, 1), Is.EqualTo(VietnamClock.EndOf(2026, 3, 9)));
    }

    [Test]
    public void Should_answer_in_UTC_whatever_offset_the_request_carries()
    {
        var inNewYork = new DateTimeOffset(2026, 3, 2, 18, 30, 0, TimeSpan.FromHours(-5));
        var due = Calendar.DueAt(inNewYork, 1);
        Assert.That(due.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)));
    }
}
