using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_a_Saturday_is_worked
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [Test]
    public void Should_count_it_as_a_working_day()
    {
        // Saturday 26/4/2025 was worked in exchange for Friday 2/5.
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 4, 25), 1), Is.EqualTo(VietnamClock.EndOf(2025, 4, 26)));
    }

    [Test]
    public void Should_count_from_the_next_day_when_the_request_arrives_on_it()
    {
        // Received Saturday 26/4: Monday 28/4 and Tuesday 29/4, then 30/4 – 4/5 are off.
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 4, 26), 2), Is.EqualTo(VietnamClock.EndOf(2025, 4, 29)));
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 4, 26), 3), Is.EqualTo(VietnamClock.EndOf(2025, 5, 5)));
    }

    [Test]
    public void Should_count_the_make_up_Saturday_before_National_Day_2026()
    {
        // Thursday 20/8/2026 + 2 working days: Friday 21/8 and the worked Saturday 22/8.
        Assert.That(Calendar.DueAt(VietnamClock.At(2026, 8, 20), 2), Is.EqualTo(VietnamClock.EndOf(2026, 8, 22)));
    }
}
