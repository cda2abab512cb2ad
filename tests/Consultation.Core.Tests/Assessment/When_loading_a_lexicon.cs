using System.Text;
using System.Text.Json.Nodes;
using Consultation.Core.Assessment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Core.Tests.Assessment;

public sealed class When_loading_a_lexicon
{
    private static JsonObject Shipped()
    {
        var assembly = typeof(AssessmentLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Assessment.lexicon.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static AssessmentLexicon Parse(JsonObject lexicon) =>
        AssessmentLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(lexicon.ToJsonString())));

    [Test]
    public void Should_change_judgements_by_editing_phrases_without_code()
    {
        const string content = "Sở Y tế xin phép được bảo lưu ý kiến.";
        var lexicon = Shipped();
        lexicon["categories"]!["no_opinion"]!.AsArray().Add("bảo lưu ý kiến");

        var assessment = new AnswerAssessor(Parse(lexicon)).Assess(new AssessmentInput { Position = "agree", Content = content, Issue = Judge.Budget });

        Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.NoOpinion));
        Assert.That(Judge.Assess("agree", content, Judge.Budget).Codes(), Does.Not.Contain(ReasonCodes.NoOpinion));
    }

    [Test]
    public void Should_refuse_a_phrase_in_two_categories_an_unknown_category_and_a_missing_reason()
    {
        var lexicon = Shipped();
        lexicon["categories"]!["deferral"]!.AsArray().Add("khong co y kien");
        lexicon["categories"]!["maybe"] = new JsonArray("có lẽ");
        lexicon["reasons"]!.AsObject().Remove(ReasonCodes.OffTopic);

        var error = Assert.Throws<InvalidDataException>(() => Parse(lexicon));

        Assert.That(error!.Message, Does.Contain("\"khong co y kien\" is in both").And.Contain("unknown category \"maybe\"").And.Contain("\"off_topic\""));
    }

    [Test]
    public void Should_stop_the_service_at_start_up_when_the_configured_file_is_not_a_lexicon()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ \"categories\": ");
        try
        {
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Assessment:LexiconPath"] = path }).Build())
                .AddAnswerAssessment()
                .BuildServiceProvider();

            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AssessmentOptions>>();
            Assert.That(() => options.Value, Throws.TypeOf<Microsoft.Extensions.Options.OptionsValidationException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Should_use_a_configured_lexicon_file()
    {
        var path = Path.GetTempFileName();
        var lexicon = Shipped();
        lexicon["categories"]!["no_opinion"]!.AsArray().Add("bảo lưu ý kiến");
        File.WriteAllText(path, lexicon.ToJsonString());
        try
        {
            using var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Assessment:LexiconPath"] = path }).Build())
                .AddAnswerAssessment()
                .BuildServiceProvider();

            var assessment = services.GetRequiredService<AnswerAssessor>().Assess(new AssessmentInput { Position = "agree", Content = "Sở xin bảo lưu ý kiến." });

            Assert.That(assessment.Codes(), Does.Contain(ReasonCodes.NoOpinion));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
