namespace Consultation.Core.Consultations;

/// <summary>The urgency marks of Decree 30/2020/NĐ-CP, plus <c>normal</c> for none.</summary>
public static class Urgency
{
    public const string Normal = "normal";
    public const string Khan = "khan";
    public const string ThuongKhan = "thuong_khan";
    public const string HoaToc = "hoa_toc";

    public static readonly IReadOnlyList<string> All = [Normal, Khan, ThuongKhan, HoaToc];
}
