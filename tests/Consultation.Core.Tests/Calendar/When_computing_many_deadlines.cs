using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_computing_many_deadlines
{
    [Test]
    public void Should_agree_with_walking_day_by_day()
    {
        var calendar = VietnamWorkingCalendar.Default;
        var random = new Random(20260101);
        for (var i = 0; i < 20_000; i++)
        {
            var received = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 365 * 12));
            var workingDays = random.Next(1, 400);
            Assert.That(calendar.DueAt(received, workingDays), Is.EqualTo(WalkDayByDay(calendar, received, workingDays)), $"{received:O} + {workingDays}");
        }
    }

    [Test]
    public void Should_give_the_same_answers_from_many_threads_on_a_cold_calendar()
    {
        var calendar = new VietnamWorkingCalendar(OfficialSchedules.Seed);
        var starts = Enumerable.Range(0, 2000).Select(i => VietnamClock.At(2025, 1, 1).AddHours(i * 13)).ToArray();
        var parallel = new DateTimeOffset[starts.Length];
        Parallel.For(0, starts.Length, i => parallel[i] = calendar.DueAt(starts[i], 5));
        Assert.That(parallel, Is.EqualTo(starts.Select(s => VietnamWorkingCalendar.Default.DueAt(s, 5))));
    }

    [Test]
    public void Should_list_Tet_and_the_Hung_Kings_day_among_days_off_every_year_1900_to_2100()
    {
        var calendar = new VietnamWorkingCalendar([]);
        for (var year = 1900; year <= 2100; year++)
        {
            var daysOff = calendar.YearSummary(year).DaysOff;
            Assert.That(daysOff, Does.Contain(new CalendarDay(LunarCalendar.NewYear(year), "Tết Nguyên đán")), $"{year}");
            Assert.That(daysOff, Does.Contain(new CalendarDay(LunarCalendar.HungKingsDay(year), "Giỗ Tổ Hùng Vương")), $"{year}");
        }
    }

    [TestCase(0)]
    [TestCase(-3)]
    public void Should_refuse_a_period_that_is_not_positive(int workingDays) =>
        Assert.That(() => VietnamWorkingCalendar.Default.DueAt(VietnamClock.At(2026, 1, 5), workingDays), Throws.TypeOf<ArgumentOutOfRangeException>());

    private static DateTimeOffset WalkDayByDay(VietnamWorkingCalendar calendar, DateTimeOffset received, int workingDays)
    {
        var day = VietnamTime.DateOf(received);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            counted += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return VietnamTime.StartOf(day.AddDays(1));
    }
}
