using Consultation.Core.Calendar;
using Consultation.Core.Escalations;

namespace Consultation.Worker.Escalations;

/// <summary>What turning a claimed row into its event may need besides the row: the time, the calendar, the answers of the batch.</summary>
public sealed record EscalationFacts(DateTimeOffset Now, IWorkingCalendar Calendar, IReadOnlyDictionary<Guid, AnswerDetail> Answers)
{
    /// <summary>The answer a row of an answer kind is about; a missing one fails that row alone.</summary>
    public AnswerDetail AnswerOf(PendingEscalation e) => Answers[Occurrence.Answer(e.Occurrence)];

    /// <summary>The deadline the row was raised for, which an extension since then does not change.</summary>
    public static DateTimeOffset DueOf(PendingEscalation e) => Occurrence.Deadline(e.Occurrence) ?? e.DueAt;
}
