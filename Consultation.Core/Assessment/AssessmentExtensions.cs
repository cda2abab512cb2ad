using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Assessment;

public static class AssessmentExtensions
{
    /// <summary>
    /// Registers one shared <see cref="AnswerAssessor"/>. A configured lexicon file is read and checked at
    /// start-up, so a mistyped phrase list stops the service instead of silently judging with the wrong words.
    /// </summary>
    public static IServiceCollection AddAnswerAssessment(this IServiceCollection services)
    {
        services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.Section)
            .Validate(o => o.LexiconPath is null || TryLoad(o.LexiconPath) is not null,
                "Assessment:LexiconPath must name a readable lexicon file in the format of Consultation.Core/Assessment/lexicon.json.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<AssessmentOptions>>().Value.LexiconPath;
            return new AnswerAssessor(path is null ? AssessmentLexicon.Default : AssessmentLexicon.Load(path));
        });
        return services;
    }

    private static AssessmentLexicon? TryLoad(string path)
    {
        try
        {
            return AssessmentLexicon.Load(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
