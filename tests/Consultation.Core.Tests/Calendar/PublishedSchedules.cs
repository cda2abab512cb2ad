namespace Consultation.Core.Tests.Calendar;

/// <summary>
/// The official schedules for civil servants, day by day (DOMAIN.md b.5 for 2025, b.6 for 2026): the one
/// source the schedule specs read, so a new year is a new entry here.
/// </summary>
public static class PublishedSchedules
{
    public static readonly OfficialSchedule[] All =
    [
        new(2025,
            DaysOff:
            [
                ("2025-01-01", "Tết Dương lịch"),
                ("2025-01-27", "Tết Nguyên đán"), ("2025-01-28", "Tết Nguyên đán"), ("2025-01-29", "Tết Nguyên đán"),
                ("2025-01-30", "Tết Nguyên đán"), ("2025-01-31", "Tết Nguyên đán"), ("2025-02-01", "Tết Nguyên đán"),
                ("2025-04-07", "Giỗ Tổ Hùng Vương"),
                ("2025-04-30", "Ngày Chiến thắng"), ("2025-05-01", "Ngày Quốc tế Lao động"), ("2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5"),
                ("2025-09-01", "Quốc khánh"), ("2025-09-02", "Quốc khánh"),
            ],
            WorkedSaturdays: [("2025-04-26", "Làm bù cho ngày nghỉ 02/5/2025")],
            Breaks:
            [
                ("2025-01-25", "2025-02-02"), // Tết Ất Tỵ, 9 days
                ("2025-04-30", "2025-05-04"), // 30/4 – 1/5 with the swapped Friday, 5 days
                ("2025-08-30", "2025-09-02"), // Quốc khánh, 4 days
            ],
            // 261 weekdays − 12 weekdays off + 1 worked Saturday.
            WorkingDayCount: 250),
        new(2026,
            DaysOff:
            [
                ("2026-01-01", "Tết Dương lịch"), ("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch"),
                ("2026-02-16", "Tết Nguyên đán"), ("2026-02-17", "Tết Nguyên đán"), ("2026-02-18", "Tết Nguyên đán"),
                ("2026-02-19", "Tết Nguyên đán"), ("2026-02-20", "Tết Nguyên đán"),
                ("2026-04-26", "Giỗ Tổ Hùng Vương"), ("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"),
                ("2026-04-30", "Ngày Chiến thắng"), ("2026-05-01", "Ngày Quốc tế Lao động"),
                ("2026-08-31", "Nghỉ hoán đổi dịp Quốc khánh"), ("2026-09-01", "Quốc khánh"), ("2026-09-02", "Quốc khánh"),
                ("2026-11-24", "Ngày Văn hóa Việt Nam"),
            ],
            WorkedSaturdays: [("2026-01-10", "Làm bù cho ngày nghỉ 02/01/2026"), ("2026-08-22", "Làm bù cho ngày nghỉ 31/8/2026")],
            Breaks:
            [
                ("2026-01-01", "2026-01-04"), // Tết Dương lịch, 4 days
                ("2026-02-14", "2026-02-22"), // Tết Bính Ngọ, 9 days
                ("2026-04-25", "2026-04-27"), // Giỗ Tổ Hùng Vương with Monday's substitute day
                ("2026-04-30", "2026-05-03"), // 30/4 – 1/5
                ("2026-08-29", "2026-09-02"), // Quốc khánh with the swapped Monday, 5 days
                ("2026-11-24", "2026-11-24"), // Ngày Văn hóa Việt Nam
            ],
            // 261 weekdays − 14 weekdays off + 2 worked Saturdays.
            WorkingDayCount: 249),
    ];

    public static IEnumerable<TestCaseData> Years => All.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IEnumerable<TestCaseData> Breaks => All.SelectMany(s => s.Breaks.Select(b => new TestCaseData(b.First, b.Last)));

    public static IEnumerable<TestCaseData> WorkedSaturdays => All.SelectMany(s => s.WorkedSaturdays.Select(d => new TestCaseData(d.Date)));
}

/// <summary>One year's official schedule: the days off and worked Saturdays with their names, the breaks, the working days.</summary>
public sealed record OfficialSchedule(
    int Year,
    (string Date, string Name)[] DaysOff,
    (string Date, string Name)[] WorkedSaturdays,
    (string First, string Last)[] Breaks,
    int WorkingDayCount);
