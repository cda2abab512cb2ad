namespace Consultation.Core.Consultations;

public sealed record ChangeResult<T>(ChangeOutcome Outcome, T? Value)
{
    public static ChangeResult<T> Failed(ChangeOutcome outcome) => new(outcome, default);

    public static ChangeResult<T> Done(T value) => new(ChangeOutcome.Done, value);
}
