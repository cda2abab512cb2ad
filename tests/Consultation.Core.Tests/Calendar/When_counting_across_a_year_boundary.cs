using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_counting_across_a_year_boundary
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;

    [Test]
    public void Should_skip_New_Year_and_the_swapped_Friday()
    {
        // 1/1/2026 holiday, Friday 2/1 swapped, then the weekend: Monday 5/1 is the first working day.
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 12, 31, 15), 1), Is.EqualTo(VietnamClock.EndOf(2026, 1, 5)));
    }

    [Test]
    public void Should_place_a_receipt_late_on_31_December_UTC_in_the_new_year()
    {
        var received = new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero);
        Assert.That(Calendar.DueAt(received, 1), Is.EqualTo(VietnamClock.EndOf(2026, 1, 5)));
    }

    [Test]
    public void Should_count_into_the_make_up_Saturday_of_the_new_year()
    {
        // From Wednesday 24/12/2025: 25, 26, 29, 30, 31/12, then 5–9/1, and Saturday 10/1 is the 11th.
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 12, 24), 10), Is.EqualTo(VietnamClock.EndOf(2026, 1, 9)));
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 12, 24), 11), Is.EqualTo(VietnamClock.EndOf(2026, 1, 10)));
    }

    [Test]
    public void Should_carry_a_long_period_over_several_years()
    {
        // 2026 has 249 working days (see the 2026 schedule), the last being Thursday 31/12.
        var due = Calendar.DueAt(VietnamClock.At(2025, 12, 31), 249);
        Assert.That(due, Is.EqualTo(VietnamClock.EndOf(2026, 12, 31)));
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 12, 31), 250), Is.EqualTo(VietnamClock.EndOf(2027, 1, 4)));
    }
}
