using Consultation.Core.Agencies;

namespace Consultation.Core.Reports.Documents;

/// <summary>What the letterhead, the recipients and the signature block of a report say (Decree 30/2020/NĐ-CP, Appendix I).</summary>
public sealed record ReportLetterhead(
    string ParentBody, ReportIssuer Issuer, string Place, DateOnly Date, string Recipient, string SupervisorCode, string Directive)
{
    public static ReportLetterhead For(ReportIssuer issuer, ReportOptions options, DateOnly date) =>
        new(options.ParentBody, issuer, options.Place, date, options.Recipient, options.SupervisorAgencyCode, options.Directive);

    /// <summary>"Số:        /BC-STC": the number is given by the records office (văn thư) when the report is issued.</summary>
    public string Number => $"Số:        /BC-{Issuer.Code}";

    /// <summary>The signer's title lines, in capitals; who signs, and with which authority mark, is left to the unit.</summary>
    public IReadOnlyList<string> SignerTitle => Issuer.Kind switch
    {
        AgencyKinds.Commune or AgencyKinds.District => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        AgencyKinds.Committee => ["TRƯỞNG BAN"],
        AgencyKinds.Department => ["GIÁM ĐỐC"],
        _ => ["THỦ TRƯỞNG CƠ QUAN"],
    };

    /// <summary>Nơi nhận: the recipient for report, the supervisor to follow up, the agencies named, and the archive.</summary>
    public IReadOnlyList<string> Recipients => Issuer.Code == SupervisorCode
        ? [$"- {Recipient} (để báo cáo);", "- Các cơ quan, đơn vị tại Mục II;", $"- Lưu: VT, {Issuer.Code}."]
        : [$"- {Recipient} (để báo cáo);", "- Sở Nội vụ (để theo dõi);", "- Các cơ quan, đơn vị tại Mục II;", $"- Lưu: VT, {Issuer.Code}."];
}
