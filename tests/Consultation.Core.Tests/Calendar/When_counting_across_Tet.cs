using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_counting_across_Tet
{
    private static readonly VietnamWorkingCalendar Calendar = VietnamWorkingCalendar.Default;
    private static readonly VietnamWorkingCalendar RulesOnly = new([]);

    [Test]
    public void Should_skip_the_nine_day_break_of_Tet_Binh_Ngo_2026()
    {
        // Friday 13/2 is the last working day before Sat 14/2 – Sun 22/2.
        Assert.That(Calendar.DueAt(VietnamClock.At(2026, 2, 12), 1), Is.EqualTo(VietnamClock.EndOf(2026, 2, 13)));
        Assert.That(Calendar.DueAt(VietnamClock.At(2026, 2, 13), 1), Is.EqualTo(VietnamClock.EndOf(2026, 2, 23)));
        Assert.That(Calendar.DueAt(VietnamClock.At(2026, 2, 13), 5), Is.EqualTo(VietnamClock.EndOf(2026, 2, 27)));
    }

    [Test]
    public void Should_skip_the_nine_day_break_of_Tet_At_Ty_2025_and_owe_nothing_after_it()
    {
        // Friday 24/1 is the last working day before Sat 25/1 – Sun 2/2; Monday 3/2 is worked.
        Assert.That(Calendar.DueAt(VietnamClock.At(2025, 1, 24), 1), Is.EqualTo(VietnamClock.EndOf(2025, 2, 3)));
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2025, 2, 3)), Is.True);
    }

    [Test]
    public void Should_skip_a_late_January_Tet_and_its_compensatory_days()
    {
        // Tết Quý Mão 2023 is Sunday 22/1; the defaults give Sat 21/1 – Wed 25/1 and, for the
        // Saturday and the Sunday, Thursday 26/1 and Friday 27/1 (no 2023 schedule is loaded).
        // New Year's Day was a Sunday too, so Monday 2/1 is owed.
        Assert.That(RulesOnly.DueAt(VietnamClock.At(2023, 1, 20), 1), Is.EqualTo(VietnamClock.EndOf(2023, 1, 30)));
        Assert.That(RulesOnly.YearSummary(2023).DaysOff.Where(d => d.Date.Month == 1).Select(d => d.Name), Is.EqualTo(new[]
        {
            "Tết Dương lịch", "Nghỉ bù Tết Dương lịch", "Tết Nguyên đán", "Tết Nguyên đán", "Tết Nguyên đán", "Tết Nguyên đán", "Tết Nguyên đán",
            "Nghỉ bù Tết Nguyên đán", "Nghỉ bù Tết Nguyên đán",
        }));
    }

    [Test]
    public void Should_skip_a_February_Tet_that_starts_on_a_Friday()
    {
        // Tết Đinh Mùi is Saturday 6/2/2027: Fri 5/2 – Tue 9/2 off, and two days owed for the weekend.
        Assert.That(RulesOnly.DueAt(VietnamClock.At(2027, 2, 4), 1), Is.EqualTo(VietnamClock.EndOf(2027, 2, 12)));
        Assert.That(RulesOnly.IsWorkingDay(new DateOnly(2027, 2, 10)), Is.False);
        Assert.That(RulesOnly.IsWorkingDay(new DateOnly(2027, 2, 11)), Is.False);
    }
}
