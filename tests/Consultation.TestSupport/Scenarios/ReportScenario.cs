using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Consultation.Core.Escalations;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.TestSupport;

/// <summary>
/// A December of consultations, played through the API with the clock, whose every figure is worked
/// out by hand below. December 2026 has no holiday: working days are Monday to Friday. Requests sent
/// on Tuesday 1/12 with 5 working days are due at the end of Tuesday 8/12 (2, 3, 4, 7, 8).
///
///   C1 01/STC-QLNS  STC leads; STP, SXD, SYT consulted.
///       STP answers 2/12 on time; STC asks it to clarify within 2 working days (3, 4: due end of 4/12);
///           STP answers 9/12, late by 7, 8, 9 = 3 working days.                     → STP late (3)
///       SXD never answers; STC closes C1 at 14/12 09:00, so SXD stays overdue by what it was
///           then, 9, 10, 11, 14 = 4 working days, not the 5 it would be at 15/12.  → SXD overdue (4)
///       SYT: STC extends 3/12 by 10 working days (4 … 17: due end of 17/12); SYT answers 10/12.
///                                                                                  → SYT on time, 1 extension
///   C2 02/STC-QLNS  STC leads; STP, SXD. Title carries markup, which must stay text.
///       STP answers 10/12, late by 9, 10 = 2 working days.                         → STP late (2)
///       SXD answers 2/12; STC confirms the answer vague.                          → SXD on time, 1 confirmed vague
///   C3 03/STC-QLNS  STC leads, silence means consent; STP, SYT.
///       STP silent; the overdue scan on 10/12 records it deemed agreed.           → STP deemed agreed
///       SYT answers 2/12.                                                         → SYT on time
///   C4 04/SXD-QLXD  SXD leads; STP, STC (only in the province-wide report).
///       STP answers 2/12.                                                         → STP on time
///       STC never answers: overdue by 5 working days at 15/12.                    → STC overdue (5)
///   C5 05/STC-QLNS  STC leads, sent 14/12; SXD, due end of 21/12.                 → SXD in term
/// The reports are read at Tuesday 15/12/2026 09:00.
/// </summary>
public abstract class ReportScenario<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public const string MarkupTitle = "Dự thảo <w:t>Quyết định</w:t> & =SUM(A1) về phân bổ dự toán";

    protected static DateTimeOffset Vietnam(int day, int hour) => new(2026, 12, day, hour, 0, 0, TimeSpan.FromHours(7));

    [OneTimeSetUp]
    public async Task PlayDecember()
    {
        var c1 = await OpenAsync("STC", "01/STC-QLNS", null, false, "STP", "SXD", "SYT");
        var c2 = await OpenAsync("STC", "02/STC-QLNS", MarkupTitle, false, "STP", "SXD");
        var c3 = await OpenAsync("STC", "03/STC-QLNS", null, true, "STP", "SYT");
        var c4 = await OpenAsync("SXD", "04/SXD-QLXD", null, false, "STP", "STC");

        MoveTo(Vietnam(2, 10));
        await AnswerAsync("STP", c1);
        await AnswerAsync("SXD", c2);
        await AnswerAsync("SYT", c3);
        await AnswerAsync("STP", c4);
        await ReviewAsync(c2, "SXD", new { decision = "confirm_vague", note = "Chỉ nêu \"cơ bản thống nhất\", không nêu quan điểm về tiêu chí phân bổ" });
        await ReviewAsync(c1, "STP", new { decision = "request_clarification", note = "Đề nghị làm rõ tỷ lệ 60/40", workingDays = 2 });

        MoveTo(Vietnam(3, 10));
        var extended = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{c1}/assignments/SYT/extension",
            new { workingDays = 10, reason = "Sở Y tế đề nghị gia hạn để lấy ý kiến các bệnh viện" });
        Assert.That(extended.StatusCode, Is.EqualTo(HttpStatusCode.OK), await extended.Content.ReadAsStringAsync());

        MoveTo(Vietnam(9, 10));
        Assert.That(await AnswerAsync("STP", c1), Is.True, "round 2 is late");

        MoveTo(Vietnam(10, 10));
        Assert.That(await AnswerAsync("STP", c2), Is.True);
        Assert.That(await AnswerAsync("SYT", c1), Is.False, "within the extension");
        await Factory.Services.GetRequiredService<EscalationScanner>().ScanOverdueAsync();

        MoveTo(Vietnam(14, 9));
        var closed = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{c1}/close",
            new { synthesis = "Tổng hợp ý kiến các sở, trình Ủy ban nhân dân tỉnh xem xét, quyết định." });
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await closed.Content.ReadAsStringAsync());
        await OpenAsync("STC", "05/STC-QLNS", null, false, "SXD");
        MoveTo(Vietnam(15, 9));
    }

    protected void MoveTo(DateTimeOffset moment) => Factory.Clock.Advance(moment - Factory.Clock.GetUtcNow());

    private async Task<Guid> OpenAsync(string lead, string number, string? title, bool silenceMeansConsent, params string[] consultees)
    {
        var body = ValidConsultation(number);
        body["title"] = title ?? body["title"]!.GetValue<string>();
        body["silenceMeansConsent"] = silenceMeansConsent;
        body["consultees"] = new JsonArray([.. consultees.Select(c => (JsonNode)new JsonObject { ["agencyCode"] = c, ["reason"] = "Cơ quan quản lý chuyên ngành liên quan" })]);
        var response = await As(lead).PostAsync("/api/v1/consultations", JsonBody(body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await Json(response))["id"]!.GetValue<string>());
    }

    /// <summary>Answers and returns whether the answer was recorded late.</summary>
    private async Task<bool> AnswerAsync(string agency, Guid consultation)
    {
        var response = await As(agency).PostAsJsonAsync($"/api/v1/consultations/{consultation}/answers", Answer());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await Json(response))["late"]!.GetValue<bool>();
    }

    private async Task ReviewAsync(Guid consultation, string agency, object review)
    {
        var response = await As("STC").PostAsJsonAsync($"/api/v1/consultations/{consultation}/assignments/{agency}/review", review);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
