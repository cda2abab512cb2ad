using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Consultations;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>Records facts as the API does, through Core, so the worker has something to act on.</summary>
public sealed class Facts(IServiceProvider services)
{
    private static readonly AuditEntry Audit = new() { Actor = "test", Action = "test", Entity = "test", EntityId = "test" };

    public async Task AgenciesAsync(params string[] codes)
    {
        var store = services.GetRequiredService<AgencyStore>();
        foreach (var code in codes)
        {
            await store.AddAsync(new Agency
            {
                Code = code,
                Name = $"Sở {code} tỉnh Đắk Lắk",
                Kind = AgencyKinds.Department,
                Email = $"{code.ToLowerInvariant()}@daklak.test",
                HeadEmail = $"head.{code.ToLowerInvariant()}@daklak.test",
            }, Audit);
        }
    }

    /// <summary>Registers one agency with the name and head the test gives; addresses are derived from the code.</summary>
    public Task AgencyAsync(string code, string name, string? headName = null) =>
        services.GetRequiredService<AgencyStore>().AddAsync(new Agency
        {
            Code = code,
            Name = name,
            Kind = AgencyKinds.Department,
            Email = $"{code.ToLowerInvariant()}@daklak.test",
            HeadName = headName,
            HeadEmail = $"head.{code.ToLowerInvariant()}@daklak.test",
        }, Audit);

    /// <summary>Opens a consultation led by STC, consulting <paramref name="consulted"/>, all due at <paramref name="dueAt"/>.</summary>
    public Task<(Guid Consultation, IReadOnlyList<Assignment> Assignments)> OpenAsync(
        DateTimeOffset receivedAt, DateTimeOffset dueAt, bool silenceMeansConsent = false, params string[] consulted) =>
        OpenAsync("STC", $"{Guid.NewGuid().ToString("N")[..10]}/STC-QLNS", "Dự thảo Quyết định phân bổ kinh phí chuyển đổi số năm 2027",
            receivedAt, dueAt, silenceMeansConsent, consulted);

    /// <summary>The same, with the lead, document number and title the test gives.</summary>
    public async Task<(Guid Consultation, IReadOnlyList<Assignment> Assignments)> OpenAsync(
        string lead, string documentNumber, string title, DateTimeOffset receivedAt, DateTimeOffset dueAt, bool silenceMeansConsent, params string[] consulted)
    {
        var consultation = new ConsultationRecord
        {
            Id = Guid.NewGuid(),
            LeadAgencyCode = lead,
            DocumentNumber = documentNumber,
            Title = title,
            Issue = "Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường",
            ProposedDirection = "Phân bổ 60% theo dân số, 40% theo diện tích",
            Urgency = Urgency.Normal,
            SilenceMeansConsent = silenceMeansConsent,
            Status = ConsultationStatus.Open,
            OpenedAt = receivedAt,
        };
        var assignments = consulted.Select(code => new Assignment
        {
            Id = Guid.NewGuid(),
            ConsultationId = consultation.Id,
            AgencyCode = code,
            Reason = "Theo chức năng quản lý nhà nước",
            ReceivedAt = receivedAt,
            DueAt = dueAt,
            Status = AssignmentStatus.Pending,
        }).ToList();
        var outcome = await services.GetRequiredService<ConsultationCommands>().OpenAsync(consultation, assignments, Audit with { At = receivedAt });
        Assert.That(outcome, Is.EqualTo(ChangeOutcome.Done));
        return (consultation.Id, assignments);
    }

    /// <summary>An agreement the assessor finds clear: it carries figures of its own.</summary>
    public const string ClearAnswer = "Thống nhất tỷ lệ 60/40; với 45 xã, phường, mức phân bổ bình quân khoảng 1,2 tỷ đồng mỗi đơn vị.";

    /// <summary>An agreement the assessor finds vague: nothing in it can be checked.</summary>
    public const string VagueAnswer = "Thống nhất";

    /// <summary>Answers as the API does, through Core: read, judged by the real assessor, stored.</summary>
    public async Task<AnswerOutcome> AnswerAsync(
        Guid consultationId, string agencyCode, DateTimeOffset at, string content = ClearAnswer, string position = Positions.Agree,
        string? legalBasis = null, string? competentAgencyCode = null)
    {
        var outcome = await services.GetRequiredService<Answers>().SubmitAsync(
            consultationId, new AnswerDraft(position, content, legalBasis, competentAgencyCode, null), agencyCode, agencyCode, at);
        Assert.That(outcome.Problems?.Items, Is.Null.Or.Empty);
        Assert.That(outcome.Outcome, Is.EqualTo(ChangeOutcome.Done));
        return outcome;
    }
}
