using Consultation.Core.Consultations;

namespace Consultation.Worker.Mail;

/// <summary>The words a Vietnamese official uses for the service's codes.</summary>
public static class VietnameseLabels
{
    public static string Position(string position) => position switch
    {
        Positions.Agree => "Thống nhất",
        Positions.AgreeWithComments => "Thống nhất, có ý kiến góp ý",
        Positions.Disagree => "Không thống nhất",
        Positions.NotCompetent => "Không thuộc chức năng, nhiệm vụ",
        _ => position,
    };

    /// <summary>The urgency marks of Decree 30/2020/NĐ-CP; none for an ordinary document.</summary>
    public static string? Urgency(string urgency) => urgency switch
    {
        Core.Consultations.Urgency.Khan => "Khẩn",
        Core.Consultations.Urgency.ThuongKhan => "Thượng khẩn",
        Core.Consultations.Urgency.HoaToc => "Hỏa tốc",
        _ => null,
    };
}
