namespace Consultation.Core.Consultations;

/// <summary>
/// The <c>Deadlines</c> section. No statute links an urgency mark to an answer period (DOMAIN.md a.9),
/// so these defaults are policy: 15 working days follows the TP.HCM practice (a.5); each province sets its own.
/// </summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    public Dictionary<string, int> WorkingDaysByUrgency { get; set; } = new()
    {
        [Urgency.Normal] = 15,
        [Urgency.Khan] = 5,
        [Urgency.ThuongKhan] = 3,
        [Urgency.HoaToc] = 1,
    };

    /// <summary>The longest period a lead may give, in working days; a longer one is almost certainly a typing error.</summary>
    public int MaxWorkingDays { get; set; } = 120;

    /// <summary>The working days a clarification round gets when the lead names no due moment (two by default).</summary>
    public int ClarificationWorkingDays { get; set; } = 2;

    public int DefaultFor(string urgency) =>
        WorkingDaysByUrgency.TryGetValue(urgency, out var days) ? days : WorkingDaysByUrgency[Urgency.Normal];
}
