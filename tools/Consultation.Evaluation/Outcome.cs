using Consultation.Core.Assessment;

namespace Consultation.Evaluation;

/// <summary>How the assessor judged one labelled answer, under the position it was evaluated with.</summary>
public sealed record Outcome(LabelledAnswer Answer, string? Position, AnswerAssessment Assessment)
{
    public bool LabelledVague => Answer.IsVague;
    public bool JudgedVague => Assessment.Verdict == AssessmentVerdicts.Vague;
    public bool Correct => LabelledVague == JudgedVague;
}
