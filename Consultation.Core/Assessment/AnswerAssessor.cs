using Consultation.Core.Consultations;

namespace Consultation.Core.Assessment;

/// <summary>
/// Judges whether an answer gives the lead unit a clear handling position or is generic, evasive or
/// shifts responsibility (item 1(i) of the directive of 08/11/2024). Pure and deterministic: the
/// same input always gives the same verdict, score and reasons; safe to share between threads.
/// </summary>
public sealed class AnswerAssessor(AssessmentLexicon lexicon)
{
    /// <summary>An assessor with the lexicon shipped with the service.</summary>
    public AnswerAssessor()
        : this(AssessmentLexicon.Default)
    {
    }

    /// <summary>Assesses an answer; reasons are in Vietnamese unless <paramref name="language"/> asks otherwise.</summary>
    public AnswerAssessment Assess(AssessmentInput input, ReasonLanguage language = ReasonLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issue = IssueContext.Read(input.Issue, lexicon);
        var clauses = ClauseReader.Read(input.Content, lexicon, 0);
        clauses.AddRange(ClauseReader.Read(input.LegalBasis, lexicon, clauses.Count, basisField: true));
        var evidence = new Evidence(clauses, issue, lexicon);
        var findings = new Findings(lexicon, clauses.Find(c => !c.FromBasisField));
        var position = input.Position is not null && Positions.All.Contains(input.Position) ? input.Position : null;
        var committed = PositionRules.Apply(position, input, evidence, issue, findings);
        EvasionRules.Apply(evidence, committed, lexicon.EvasionScale, findings);
        TopicRule.Apply(evidence, issue, lexicon, findings);
        return findings.Conclude(position, issue, language);
    }
}
