using Consultation.Core.Assessment;
using Consultation.Core.Validation;

namespace Consultation.Core.Consultations;

/// <summary>What became of a submitted answer: recorded with its assessment, refused for its fields, or refused as a change.</summary>
public sealed record AnswerOutcome(ChangeOutcome Outcome, Answer? Answer, AnswerAssessment? Assessment, FieldProblems? Problems)
{
    /// <summary>The draft was not well formed (<see cref="Problems"/> say how); nothing changed.</summary>
    public bool IsInvalid => Outcome == ChangeOutcome.Invalid;
}
