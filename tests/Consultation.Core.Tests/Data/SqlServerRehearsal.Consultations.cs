using Consultation.Core.Agencies;
using Consultation.Core.Consultations;
using Consultation.Core.Tests.Data.Recording;

namespace Consultation.Core.Tests.Data;

internal sealed partial class SqlServerRehearsal
{
    // Api:MaxPageSize: the longest page a list reads the assignments of.
    private const int PageSize = 100;

    private const string LeadOf = "SELECT lead_agency_code FROM consultations";
    private const string StatusOf = "SELECT status FROM consultations";
    private const string AssignmentOf = "AND agency_code = @agencyCode";
    private const string ChainLink = "FROM assignments a JOIN agencies ag";

    /// <summary>A consultation's life: opened, listed, answered (a referral ring), reviewed, extended, redirected, closed.</summary>
    private async Task ConsultAsync()
    {
        var commands = Get<ConsultationCommands>();
        var queries = Get<ConsultationQueries>();
        var consultation = Consultation();
        var asked = Assignment(consultation.Id, Consulted);
        await commands.OpenAsync(consultation, [asked, Assignment(consultation.Id, Competent)], Audit("consultation.opened"));

        await queries.ListAsync(new ConsultationQuery { Now = Now });
        Recorder.Returns("ORDER BY c.opened_at DESC", Enumerable.Range(0, PageSize).Select(_ => Consultation()));
        await queries.ListAsync(new ConsultationQuery
        {
            VisibleTo = Lead,
            LeadAgencyCode = Lead,
            ConsultedAgencyCode = Consulted,
            Status = "open",
            OverdueOnly = true,
            Now = Now,
            Page = 2,
            PageSize = PageSize,
        });

        // An agency reached by a redirect answers not competent, naming the agency that sent the request on: a ring.
        var redirected = asked with { RedirectedFromId = Guid.NewGuid() };
        Recorder.Returns("FROM consultations WHERE id = @id", consultation)
            .Returns("WHERE consultation_id = @id ORDER BY agency_code", redirected)
            .Returns("FROM agencies WHERE code = @code", Agency(Competent))
            .Returns(StatusOf, new { Status = "open" })
            .Returns(AssignmentOf, redirected)
            .Returns(ChainLink, Link(redirected.Id, Consulted, redirected.RedirectedFromId))
            .Returns(ChainLink, Link(redirected.RedirectedFromId!.Value, Competent, null));
        await Get<Answers>().SubmitAsync(
            consultation.Id,
            new AnswerDraft(Positions.NotCompetent, "Nội dung dự thảo thuộc chức năng quản lý nhà nước về chuyển đổi số của Sở Khoa học và Công nghệ.", null, Competent, null),
            Consulted, "rehearsal", Now);

        ActingLead(asked with { Status = AssignmentStatus.Answered }).Returns("AND review_decision IS NULL", new { Id = Guid.NewGuid() });
        await commands.ReviewAsync(new Review
        {
            ConsultationId = consultation.Id,
            AgencyCode = Consulted,
            Decision = ReviewDecisions.RequestClarification,
            Note = "Đề nghị nêu rõ tỷ lệ",
            DueAt = Now.AddDays(3),
            WorkingDays = 2,
            Actor = "rehearsal",
            LeadAgencyCode = Lead,
            Now = Now,
        });

        ActingLead(asked);
        await commands.ExtendAsync(new DueChange
        {
            ConsultationId = consultation.Id,
            AgencyCode = Consulted,
            DueAt = asked.DueAt.AddDays(10),
            WorkingDays = 10,
            Reason = "Gia hạn",
            Actor = "rehearsal",
            LeadAgencyCode = Lead,
            Now = Now,
        });

        ActingLead(asked with { Status = AssignmentStatus.Answered })
            .Returns("SELECT position, competent_agency_code FROM answers", new { Position = Positions.NotCompetent, CompetentAgencyCode = Competent })
            .Returns("SELECT active FROM agencies", new { Active = true });
        await commands.RedirectAsync(new Redirection
        {
            ConsultationId = consultation.Id,
            FromAgencyCode = Consulted,
            DueAt = Now.AddDays(10),
            WorkingDays = 5,
            Reason = "Chuyển cơ quan có thẩm quyền",
            Actor = "rehearsal",
            LeadAgencyCode = Lead,
            Now = Now,
        });

        Recorder.Returns(LeadOf, new { LeadAgencyCode = Lead }).Returns("version FROM consultations WHERE id = @consultationId", consultation);
        await commands.CloseAsync(consultation.Id, "Đã tiếp thu ý kiến", Audit("consultation.closed"));
    }

    /// <summary>The lead acts on an open consultation and finds <paramref name="assignment"/>.</summary>
    private StatementRecorder ActingLead(Assignment assignment) =>
        Recorder.Returns(LeadOf, new { LeadAgencyCode = Lead }).Returns(StatusOf, new { Status = "open" }).Returns(AssignmentOf, assignment);

    private ConsultationRecord Consultation() => new()
    {
        Id = Guid.NewGuid(),
        LeadAgencyCode = Lead,
        DocumentNumber = "125/STC-QLNS",
        Title = "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số",
        Issue = "Tiêu chí phân bổ kinh phí cho các xã",
        ProposedDirection = "Phân bổ 60% theo dân số, 40% theo diện tích",
        Urgency = "normal",
        Status = "open",
        OpenedAt = Now.AddDays(-10),
        Version = 1,
    };

    private Assignment Assignment(Guid consultationId, string agencyCode) => new()
    {
        Id = Guid.NewGuid(),
        ConsultationId = consultationId,
        AgencyCode = agencyCode,
        Reason = "Cơ quan quản lý nhà nước về lĩnh vực",
        ReceivedAt = Now.AddDays(-10),
        DueAt = Now.AddDays(5),
        DueWorkingDays = 10,
        Status = AssignmentStatus.Pending,
    };

    private Agency Agency(string code) =>
        new() { Code = code, Name = "Sở " + code, Kind = AgencyKinds.Department, Email = $"{code.ToLowerInvariant()}@daklak.test", CreatedAt = Now };

    private static ReferralLink Link(Guid assignmentId, string agencyCode, Guid? from) =>
        new() { AssignmentId = assignmentId, AgencyCode = agencyCode, AgencyName = "Sở " + agencyCode, RedirectedFromId = from };
}
