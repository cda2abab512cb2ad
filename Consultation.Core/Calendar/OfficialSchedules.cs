namespace Consultation.Core.Calendar;

/// <summary>
/// The Government's announced schedules (lịch nghỉ lễ, tết) for civil servants, as overrides of the
/// default rules. Only dates that differ from the defaults are listed: weekend days inside a break
/// and holidays the rules already give need no entry. Seed data for the override table; an admin
/// maintains later years there.
/// </summary>
public static class OfficialSchedules
{
    /// <summary>The 2025 and 2026 schedules.</summary>
    public static IReadOnlyList<CalendarOverride> Seed { get; } =
    [
        // 2025. Tết Ất Tỵ: off Sat 25/1 – Sun 2/2, the five Tết days being Mon 27/1 – Fri 31/1
        // (VPCP 8726/VPCP-KGVX, 26/11/2024), so Monday 27/1 is off and no day is owed for Sat 1/2.
        new(new DateOnly(2025, 1, 27), CalendarOverrideKind.DayOff, "Tết Nguyên đán"),
        // 30/4–1/5: Friday 2/5 swapped with Saturday 26/4.
        new(new DateOnly(2025, 4, 26), CalendarOverrideKind.WorkingDay, "Làm bù cho ngày nghỉ 02/5/2025"),
        new(new DateOnly(2025, 5, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi dịp 30/4 – 1/5"),

        // 2026. Tết Dương lịch: Friday 2/1 swapped with Saturday 10/1 (VPCP 12729/VPCP-KGVX, 25/12/2025).
        new(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi dịp Tết Dương lịch"),
        new(new DateOnly(2026, 1, 10), CalendarOverrideKind.WorkingDay, "Làm bù cho ngày nghỉ 02/01/2026"),
        // Tết Bính Ngọ, Sat 14/2 – Sun 22/2, is exactly the default five days plus weekends.
        // Giỗ Tổ Hùng Vương falls on Sunday 26/4: Monday 27/4 is the substitute day.
        new(new DateOnly(2026, 4, 27), CalendarOverrideKind.DayOff, "Nghỉ bù Giỗ Tổ Hùng Vương"),
        // Quốc khánh 1/9 + 2/9: Monday 31/8 swapped with Saturday 22/8.
        new(new DateOnly(2026, 8, 22), CalendarOverrideKind.WorkingDay, "Làm bù cho ngày nghỉ 31/8/2026"),
        new(new DateOnly(2026, 8, 31), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi dịp Quốc khánh"),
    ];
}
