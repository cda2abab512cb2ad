using Consultation.Core.Assessment;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_explaining_a_verdict
{
    private const string Deferral = "Sở Y tế đã nhận được văn bản. Hiện Sở đang tổng hợp nhu cầu của các trung tâm, sẽ có ý kiến sau.";

    [Test]
    public void Should_quote_the_sentence_that_made_it_vague_and_say_what_a_clear_answer_states()
    {
        var assessment = Judge.Assess("agree", Deferral, Judge.Budget);

        var deferral = assessment.Reasons.Single(r => r.Code == ReasonCodes.Deferral);
        Assert.That(deferral.Message, Does.Contain("“Hiện Sở đang tổng hợp nhu cầu của các trung tâm, sẽ có ý kiến sau”"));
        Assert.That(deferral.Message, Does.Contain("Đề nghị nêu quan điểm"));
    }

    [Test]
    public void Should_name_the_issue_when_the_agreement_is_generic()
    {
        var assessment = Judge.Assess("agree", "Thống nhất.", Judge.Budget);

        Assert.That(assessment.Reasons[0].Message, Does.Contain("dự toán kinh phí mua 12 xe cứu thương"));
    }

    [Test]
    public void Should_explain_in_English_when_asked()
    {
        var assessment = Judge.Assess("agree", Deferral, Judge.Budget, language: ReasonLanguage.English);

        Assert.That(assessment.Reasons.Single(r => r.Code == ReasonCodes.Deferral).Message, Does.StartWith("The sentence “Hiện Sở đang"));
    }

    [Test]
    public void Should_score_clear_answers_above_one_half_and_vague_ones_below()
    {
        var clear = Judge.Assess("agree", "Thống nhất.", Judge.Meeting);
        var vague = Judge.Assess("agree", Deferral, Judge.Budget);

        Assert.That(clear.Score, Is.GreaterThanOrEqualTo(0.5).And.LessThanOrEqualTo(1));
        Assert.That(vague.Score, Is.LessThan(0.5).And.GreaterThanOrEqualTo(0));
        Assert.That(vague.IsVague, Is.True);
    }

    [Test]
    public void Should_give_the_same_verdict_score_and_reasons_every_time()
    {
        var first = Judge.Assess("agree", Deferral, Judge.Budget);

        for (var i = 0; i < 20; i++)
        {
            var again = new AnswerAssessor(AssessmentLexicon.Default).Assess(new AssessmentInput { Position = "agree", Content = Deferral, Issue = Judge.Budget });
            Assert.That(again.Verdict, Is.EqualTo(first.Verdict));
            Assert.That(again.Score, Is.EqualTo(first.Score));
            Assert.That(again.Reasons, Is.EqualTo(first.Reasons));
        }
    }

    [Test]
    public void Should_store_reasons_as_json_that_reads_back_the_same()
    {
        var assessment = Judge.Assess("agree", Deferral, Judge.Budget);

        var json = assessment.ReasonsJson();

        Assert.That(json, Does.StartWith("[{\"code\":"));
        Assert.That(AnswerAssessment.ReadReasons(json), Is.EqualTo(assessment.Reasons));
        Assert.That(AnswerAssessment.ReadReasons(null), Is.Empty);
    }

    [Test]
    public void Should_shorten_long_quotes_even_without_spaces_to_cut_at()
    {
        var unbroken = string.Concat(Enumerable.Repeat("dựtoánkinhphí", 40));

        var assessment = Judge.Assess("agree", "Thống nhất với " + unbroken, unbroken);

        Assert.That(assessment.Reasons[0].Message, Does.Contain("…"));
        Assert.That(assessment.Reasons[0].Message, Has.Length.LessThan(800));
    }
}
