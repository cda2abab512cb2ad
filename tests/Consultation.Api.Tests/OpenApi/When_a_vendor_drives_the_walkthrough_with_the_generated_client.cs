using Consultation.Api.Client;
using Consultation.Api.Client.Models;
using Consultation.TestSupport;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Consultation.Api.Tests.OpenApi;

/// <summary>
/// The README's walkthrough, done with the C# client Kiota generates from docs/openapi/v1.json (tests/Consultation.Api.Client)
/// against the running service: if the document and the service part, this stops compiling or fails.
/// </summary>
[TestFixture(typeof(SqliteDb))]
public sealed class When_a_vendor_drives_the_walkthrough_with_the_generated_client<TDatabase> : ApiScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private ConsultationClient _lead = null!;
    private ConsultationClient _consulted = null!;
    private Guid _id;
    private AnswerCreatedResponse _answer = null!;

    [OneTimeSetUp]
    public async Task WalkThrough()
    {
        var admin = Generated(ConsultationApiFactory.AdminKey);
        _lead = Generated(await RegisterWithKeyAsync(admin, "SCT", "Sở Công Thương tỉnh Đắk Lắk"));
        _consulted = Generated(await RegisterWithKeyAsync(admin, "SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"));

        var opened = await _lead.Api.V1.Consultations.PostAsync(new OpenConsultationRequest
        {
            DocumentNumber = "88/SCT-QLTM",
            Title = "Dự thảo Kế hoạch phát triển thương mại điện tử tỉnh Đắk Lắk năm 2027",
            Issue = "Chỉ tiêu tỷ lệ hộ sản xuất nông nghiệp bán hàng trên sàn thương mại điện tử đến cuối năm 2027",
            ProposedDirection = "Đặt chỉ tiêu 30% hộ sản xuất có mã vùng trồng; hỗ trợ 50% chi phí gian hàng năm đầu",
            Urgency = "khan",
            WorkingDays = 5,
            Consultees = [new ConsulteeRequest { AgencyCode = "SNNMT", Reason = "Quản lý nhà nước về nông nghiệp và mã vùng trồng" }],
        });
        _id = opened!.Id!.Value;
        _answer = (await _consulted.Api.V1.Consultations[_id].Answers.PostAsync(new AnswerRequest
        {
            Position = "agree_with_comments",
            Content = "Thống nhất chỉ tiêu; đề nghị căn cứ Quyết định số 1250/QĐ-UBND ngày 15/5/2026 của UBND tỉnh về mã vùng trồng "
                + "để xác định 12.400 hộ thuộc đối tượng, vì chỉ các hộ này đủ điều kiện truy xuất nguồn gốc khi bán trên sàn.",
            LegalBasis = "Nghị định số 52/2013/NĐ-CP, Điều 3",
        }))!;
    }

    [Test]
    public void Should_open_the_consultation_as_the_lead() => Assert.That(_id, Is.Not.EqualTo(Guid.Empty));

    [Test]
    public void Should_return_the_assessment_of_the_answer()
    {
        Assert.That(_answer.Late, Is.False);
        Assert.That(_answer.Assessment!.Verdict, Is.EqualTo("clear"));
        Assert.That(_answer.Assessment.Reasons, Is.Not.Empty);
    }

    [Test]
    public async Task Should_read_the_consultation_back_with_the_answer()
    {
        var read = await _lead.Api.V1.Consultations[_id].GetAsync();

        Assert.That(read!.LeadAgencyCode, Is.EqualTo("SCT"));
        var assignment = read.Assignments!.Single();
        Assert.That(assignment.AgencyCode, Is.EqualTo("SNNMT"));
        Assert.That(assignment.Answers!.Single().Id, Is.EqualTo(_answer.Id));
    }

    [Test]
    public async Task Should_list_it_among_the_leads_consultations()
    {
        var list = await _lead.Api.V1.Consultations.GetAsync(r => r.QueryParameters.Role = "lead");

        Assert.That(list!.Items!.Select(c => c.Id), Does.Contain(_id));
    }

    [Test]
    public async Task Should_preview_a_vague_draft_without_recording_it()
    {
        var preview = await _consulted.Api.V1.Assessments.PostAsync(new AssessmentRequest
        {
            Position = "agree",
            Content = "Cơ bản thống nhất, đề nghị nghiên cứu thêm.",
            ConsultationId = _id,
        });

        Assert.That(preview!.Verdict, Is.EqualTo("vague"));
        Assert.That(preview.Reasons, Is.Not.Empty);
    }

    [Test]
    public void Should_raise_a_second_answer_as_the_typed_problem_the_document_declares()
    {
        var refused = Assert.ThrowsAsync<ProblemDetails>(() => _consulted.Api.V1.Consultations[_id].Answers.PostAsync(new AnswerRequest
        {
            Position = "agree",
            Content = "Thống nhất toàn bộ dự thảo theo Quyết định số 1250/QĐ-UBND ngày 15/5/2026 của UBND tỉnh.",
        }));

        Assert.That(refused!.ResponseStatusCode, Is.EqualTo(409));
        Assert.That(refused.Code, Is.EqualTo("already_answered"));
    }

    /// <summary>As the administrator: registers the agency and issues it an agency key, which is shown only here.</summary>
    private static async Task<string> RegisterWithKeyAsync(ConsultationClient admin, string code, string name)
    {
        await admin.Api.V1.Agencies.PostAsync(new AgencyRequest
        {
            Code = code,
            Name = name,
            Kind = "department",
            Email = $"{code.ToLowerInvariant()}@daklak.gov.vn",
        });
        var key = await admin.Api.V1.Agencies[code].Keys.PostAsync(new KeyRequest { Role = "agency" });
        return key!.Key!;
    }

    private ConsultationClient Generated(string key) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: Client(key)) { BaseUrl = "http://localhost" });
}
