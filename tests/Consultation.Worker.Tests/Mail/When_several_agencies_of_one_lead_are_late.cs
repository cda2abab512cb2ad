using Consultation.Core.Escalations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;

namespace Consultation.Worker.Tests.Mail;

/// <summary>
/// Three agencies miss one lead's deadline while, on another consultation of the same lead, a fourth
/// agency's answer is judged vague. Each person receives only the lines about their own unit: the
/// lead its consolidated list (and the vague answer, which it may read), each head a mail about its
/// own agency alone, the supervisor at level 2 its own list; nobody is copied.
/// </summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_several_agencies_of_one_lead_are_late<TDatabase> : MailScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string VagueText = "Thống nhất";

    [Test]
    public async Task Should_tell_each_person_only_about_their_own_unit()
    {
        var lead = await AgencyAsync("Sở Tài chính tỉnh Đắk Lắk");
        var late = new[]
        {
            await AgencyAsync("Sở Xây dựng tỉnh Đắk Lắk", "Nguyễn Văn An"),
            await AgencyAsync("Sở Y tế tỉnh Đắk Lắk", "Trần Thị Bình"),
            await AgencyAsync("Ủy ban nhân dân phường Buôn Ma Thuột", "Lê Văn Cường"),
        };
        var vague = await AgencyAsync("Sở Tư pháp tỉnh Đắk Lắk", "Phạm Thị Dung");
        var overdueNumber = DocumentNumber(lead);
        var otherNumber = DocumentNumber(lead);
        var due = WorkingDaysFromNow(2);
        var (overdueId, _) = await Facts.OpenAsync(lead, overdueNumber, "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027", Now, due, false, late);
        var (otherId, _) = await Facts.OpenAsync(lead, otherNumber, "Dự thảo Kế hoạch đầu tư công trung hạn 2026-2030", Now, WorkingDaysFromNow(10), false, vague);
        MoveToFirstWorkingDayAfter(due, 10);
        await Facts.AnswerAsync(otherId, vague, Now, Facts.VagueAnswer);

        await Worker.RunJobsAsync();
        await WaitForItemsAsync([overdueId], EscalationKinds.Overdue, 6);
        await WaitForItemsAsync([otherId], EscalationKinds.VagueAnswer, 1);
        await DispatchAsync();

        var toLead = MailsTo(Address(lead)).Single(m => m.Mentions(overdueNumber));
        Assert.That(ItemLines(toLead), Is.EquivalentTo(late.Select(Unanswered).Append(VagueLine(vague))));
        Assert.That(toLead.Text, Does.Contain(VagueText), "the lead may read the answer of an agency it consulted");
        foreach (var agency in late)
        {
            var toHead = MailsTo(HeadAddress(agency)).Single();
            Assert.That(ItemLines(toHead), Is.EqualTo(new[] { Unanswered(agency) }), $"the head of {agency} reads about its own unit only");
            Assert.That(toHead.Mentions(overdueNumber), Is.True);
            Assert.That(toHead.Mentions(otherNumber), Is.False, "not the other consultation");
            Assert.That(toHead.Text, Does.Not.Contain(VagueText).And.Not.Contain(NameOf(vague)));
            Assert.That(toHead.Text, Does.Contain("Kính gửi: Ông/Bà"));
            Assert.That(toHead.Text, Does.Contain("Thủ trưởng cơ quan chỉ đạo khẩn trương có ý kiến"));
            Assert.That(toHead.Envelope, Is.EqualTo(new[] { HeadAddress(agency) }));
        }
        Assert.That(MailsTo(HeadAddress(vague)), Is.Empty, "an agency that answered is not written to its head");
        Assert.That(Smtp.Received.Where(m => m.Mentions(overdueNumber) || m.Mentions(otherNumber)).Select(m => m.Message.Cc.Count), Is.All.Zero, "nobody is copied");
        Assert.That(Smtp.Received.Where(m => m.Mentions(overdueNumber) || m.Mentions(otherNumber)).Select(m => m.Envelope.Count), Is.All.EqualTo(1));

        MoveTo(due, 10, 9);
        await Worker.RunJobsAsync();
        await WaitForItemsAsync([overdueId], EscalationKinds.Overdue, 6 + 9);
        await DispatchAsync();

        var toSupervisor = MailsTo("snv@daklak.test").Where(m => m.Mentions(overdueNumber)).ToList();
        Assert.That(toSupervisor, Has.Count.EqualTo(1));
        Assert.That(ItemLines(toSupervisor[0]).Select(Agency), Is.EquivalentTo(late.Select(NameOf)));
        Assert.That(toSupervisor[0].Mentions(otherNumber), Is.False);
        foreach (var agency in late)
        {
            var second = MailsTo(HeadAddress(agency))[^1];
            Assert.That(ItemLines(second).Select(Agency), Is.EqualTo(new[] { NameOf(agency) }), "level 2 to the head: its own unit again");
        }
    }

    private readonly Dictionary<string, string> _names = [];

    private string NameOf(string code) => _names[code];

    private new async Task<string> AgencyAsync(string name, string? headName = null)
    {
        var code = await base.AgencyAsync(name, headName);
        _names[code] = name;
        return code;
    }

    private string Unanswered(string code) => $"{NameOf(code)} chưa có ý kiến trả lời.";

    private string VagueLine(string code) => $"Ý kiến trả lời của {NameOf(code)} được đánh giá là chưa rõ quan điểm xử lý";

    private static string Agency(string line) => line.Split(" chưa có ý kiến trả lời.")[0];

    /// <summary>The list lines of a mail's text, each cut at its first sentence's usual end for comparison.</summary>
    private static List<string> ItemLines(ReceivedMail mail) => mail.Text.Split('\n')
        .Where(l => l.StartsWith("   - ", StringComparison.Ordinal))
        .Select(l => l[5..])
        .Select(l => l.Contains(" chưa có ý kiến trả lời.", StringComparison.Ordinal) ? l[..(l.IndexOf(" chưa có ý kiến trả lời.", StringComparison.Ordinal) + " chưa có ý kiến trả lời.".Length)]
            : l.Contains(" được đánh giá là chưa rõ quan điểm xử lý", StringComparison.Ordinal) ? l[..(l.IndexOf(" được đánh giá là chưa rõ quan điểm xử lý", StringComparison.Ordinal) + " được đánh giá là chưa rõ quan điểm xử lý".Length)]
            : l)
        .ToList();
}
