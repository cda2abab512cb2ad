using Consultation.Core.Assessment;
using Consultation.Core.Consultations;
using Consultation.TestSupport;
using Consultation.Worker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Worker.Tests.Escalations;

/// <summary>One home for the rule: Core reads, judges and stores an answer; the review request is written with it.</summary>
[TestFixture(typeof(SqliteDb))]
[TestFixture(typeof(PostgresDb))]
[TestFixture(typeof(SqlServerDb))]
public sealed class When_an_answer_is_submitted<TDatabase> : WorkerScenario<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Test]
    public async Task Should_record_the_lead_s_review_request_with_a_vague_answer_and_never_again()
    {
        var (id, assignments) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "SNV");

        var outcome = await Facts.AnswerAsync(id, "SNV", Now, Facts.VagueAnswer);

        Assert.That(outcome.Assessment!.Verdict, Is.EqualTo(AssessmentVerdicts.Vague), "the real assessor judged it");
        Assert.That(await ReviewRequestsAsync(assignments[0].Id, outcome.Answer!.Id), Is.EqualTo(1), "written in the answer's transaction");
        Assert.That(await Worker.Scanner.ScanVagueAnswersAsync(), Is.Zero, "the scan of older answers finds nothing left to do");
        Assert.That(await ReviewRequestsAsync(assignments[0].Id, outcome.Answer.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_ask_no_review_of_a_clear_answer()
    {
        var (id, assignments) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "SNV");

        var outcome = await Facts.AnswerAsync(id, "SNV", Now, Facts.ClearAnswer);

        Assert.That(outcome.Assessment!.Verdict, Is.EqualTo(AssessmentVerdicts.Clear));
        Assert.That(await ReviewRequestsAsync(assignments[0].Id, outcome.Answer!.Id), Is.Zero);
    }

    [TestCase(Positions.Agree, "Thống nhất với dự thảo, đề nghị hoàn thiện, trình UBND tỉnh.")]
    [TestCase(Positions.Disagree, "Không thống nhất tỷ lệ 60/40 vì 12 xã miền núi có diện tích trên 300 km² nhưng dân số dưới 8.000 người.")]
    public async Task Should_judge_a_submission_exactly_as_its_preview(string position, string content)
    {
        var (id, _) = await Facts.OpenAsync(Now, WorkingDaysFromNow(5), false, "SNV");
        var consultation = (await Worker.Services.GetRequiredService<ConsultationQueries>().GetAsync(id))!.Consultation;
        var draft = new AnswerDraft(position, content, null, null, null);

        var (preview, _) = await Worker.Services.GetRequiredService<Answers>().PreviewAsync(draft, consultation, null, ReasonLanguage.Vietnamese);
        var submitted = await Facts.AnswerAsync(id, "SNV", Now, content, position);

        Assert.That(submitted.Assessment!.Verdict, Is.EqualTo(preview!.Verdict));
        Assert.That(submitted.Assessment.Score, Is.EqualTo(preview.Score));
        Assert.That(submitted.Assessment.ReasonsJson(), Is.EqualTo(preview.ReasonsJson()));
        Assert.That(submitted.Answer!.AssessmentReasons, Is.EqualTo(preview.ReasonsJson()), "what is stored is what the clerk was shown");
    }

    private Task<int> ReviewRequestsAsync(Guid assignmentId, Guid answerId) => CountAsync(
        "SELECT COUNT(*) FROM escalations WHERE assignment_id = @assignmentId AND kind = 'vague_answer' AND occurrence = @occurrence",
        new { assignmentId, occurrence = answerId.ToString() });
}
