namespace Consultation.Evaluation;

/// <summary>How the assessor judged one labelled answer, under the position it was evaluated with.</summary>
public sealed record Outcome(LabelledAnswer Answer, string? Position, string Verdict, double Score, string FirstReason)
{
    public bool LabelledVague => Answer.Label == "vague";
    public bool JudgedVague => Verdict == "vague";
    public bool Correct => LabelledVague == JudgedVague;
}
