using System.Text;
using Consultation.Core.Calendar;

namespace Consultation.Core.Tests.Calendar;

public class When_loading_holiday_rules
{
    [Test]
    public void Should_hold_the_Labor_Code_holidays_and_Vietnamese_Culture_Day_by_default()
    {
        var names = HolidayRules.Default.Select(r => r.Name);
        Assert.That(names, Is.EqualTo(new[]
        {
            "Tết Dương lịch", "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng",
            "Ngày Quốc tế Lao động", "Quốc khánh", "Ngày Văn hóa Việt Nam",
        }));
        // Eleven paid days under art. 112 (1 + 5 + 1 + 1 + 1 + 2), plus 24/11 once it applies.
        Assert.That(HolidayRules.Default.Sum(r => r.Days), Is.EqualTo(12));
    }

    [Test]
    public void Should_give_Tet_the_last_day_of_the_old_year_and_four_of_the_new()
    {
        var tet = HolidayRules.Default.Single(r => r.Name == "Tết Nguyên đán");
        Assert.That(tet.DatesFor(2025), Is.EqualTo(Days("2025-01-28", 5)));
        Assert.That(tet.DatesFor(2026), Is.EqualTo(Days("2026-02-16", 5)));
    }

    [Test]
    public void Should_give_National_Day_and_the_day_before()
    {
        var nationalDay = HolidayRules.Default.Single(r => r.Name == "Quốc khánh");
        Assert.That(nationalDay.DatesFor(2026), Is.EqualTo(Days("2026-09-01", 2)));
    }

    [Test]
    public void Should_grant_Vietnamese_Culture_Day_only_from_1_July_2026()
    {
        var cultureDay = HolidayRules.Default.Single(r => r.Name == "Ngày Văn hóa Việt Nam");
        Assert.That(cultureDay.DatesFor(2025), Is.Empty);
        Assert.That(cultureDay.DatesFor(2026), Is.EqualTo(Days("2026-11-24", 1)));
    }

    [Test]
    public void Should_read_a_new_holiday_from_data_alone()
    {
        const string Json = """
            { "holidays": [ { "name": "Ngày thử", "calendar": "Lunar", "month": 8, "day": 15,
                              "validUntil": "2030-12-31", "compensatedOnWeekend": false } ] }
            """;
        var rule = HolidayRules.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Json))).Single();
        Assert.That(rule, Is.EqualTo(new HolidayRule("Ngày thử", HolidayCalendar.Lunar, 8, 15, ValidUntil: new DateOnly(2030, 12, 31), CompensatedOnWeekend: false)));
        Assert.That(rule.DatesFor(2026), Is.EqualTo(Days("2026-09-25", 1)));
        Assert.That(rule.DatesFor(2031), Is.Empty);
    }

    [TestCase("""{ "holidays": [ { "name": "Sai", "calendar": "Solar", "month": 2, "day": 30 } ] }""")]
    [TestCase("""{ "holidays": [ { "name": "", "calendar": "Solar", "month": 1, "day": 1 } ] }""")]
    [TestCase("""{ "holidays": [ { "name": "Sai", "calendar": "Solar", "month": 1, "day": 1, "days": 0 } ] }""")]
    [TestCase("""{ "rules": [] }""")]
    public void Should_refuse_a_malformed_document(string json) =>
        Assert.That(() => HolidayRules.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))), Throws.TypeOf<InvalidDataException>());

    private static DateOnly[] Days(string first, int count) =>
        [.. Enumerable.Range(0, count).Select(i => VietnamClock.Date(first).AddDays(i))];
}
