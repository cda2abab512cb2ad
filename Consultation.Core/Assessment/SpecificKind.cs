namespace Consultation.Core.Assessment;

/// <summary>Kinds of verifiable detail: what makes an answer something the lead unit can check and use.</summary>
internal enum SpecificKind
{
    /// <summary>An instrument by number or by title: Nghị định số 71/2024/NĐ-CP, Luật Thủy lợi, QCVN 06:2022/BXD.</summary>
    Citation,

    /// <summary>A place in a document: Điều 6, khoản 3, điểm a, Phụ lục I.</summary>
    Locator,

    /// <summary>A date such as 15/3/2025.</summary>
    Date,

    /// <summary>A figure: 231 triệu đồng, 1,1 km, 06 cán bộ.</summary>
    Number,

    /// <summary>A year on its own, too weak to verify anything by itself.</summary>
    Year,

    /// <summary>A named person: ông Trần Quốc Hưng.</summary>
    Person,
}
