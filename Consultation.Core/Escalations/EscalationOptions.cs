namespace Consultation.Core.Escalations;

/// <summary>The rules of escalation, from the <c>Escalation</c> section (the worker's timing is <c>Worker</c>).</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Working days after the deadline at which an unanswered assignment goes to the supervisor too.</summary>
    public int Level2AfterWorkingDays { get; set; } = 3;

    /// <summary>Working days before the deadline at which the consulted agency is reminded.</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 1;

    /// <summary>How many rows one scan or publish step claims at a time.</summary>
    public int BatchSize { get; set; } = 1000;
}
