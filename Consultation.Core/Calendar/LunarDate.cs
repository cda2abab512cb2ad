namespace Consultation.Core.Calendar;

/// <summary>A date of the Vietnamese lunar calendar (âm lịch); <paramref name="Year"/> is the Gregorian year in which its Tết falls.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : "")}/{Year} âm lịch";
}
