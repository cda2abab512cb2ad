namespace Consultation.Core.Escalations;

/// <summary>The rules of escalation, from the <c>Worker</c> section.</summary>
public sealed class EscalationOptions
{
    /// <summary>Working days after the deadline at which an unanswered assignment goes to the supervisor too.</summary>
    public int Level2AfterWorkingDays { get; set; } = 3;

    /// <summary>Working days before the deadline at which the consulted agency is reminded.</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 1;

    /// <summary>How many rows one scan or publish step claims at a time.</summary>
    public int BatchSize { get; set; } = 1000;
}
