using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

/// <summary>A review as the lead submits it: a known decision, a note when an answer is confirmed vague, a deadline only for clarification.</summary>
public static class ReviewValidation
{
    public sealed record Shape(string Decision, string? Note, DueMoment? Due);

    public static Shape? Validate(ReviewRequest request, DateTimeOffset now, IWorkingCalendar calendar, DeadlineOptions deadlines, FieldErrors errors)
    {
        if (request.Decision is null)
        {
            errors.Add("decision", "required");
        }
        else if (!ReviewDecisions.All.Contains(request.Decision))
        {
            errors.Add("decision", "unknown_value", string.Join(", ", ReviewDecisions.All));
        }
        var note = Text.Optional(request.Note, "note", 4_000, errors);
        if (request.Decision == ReviewDecisions.ConfirmVague && note is null && !errors.Has("note"))
        {
            // Only confirmed vague answers count against an agency, so the lead must say what falls short.
            errors.Add("note", "note_required_for_confirm_vague");
        }
        DueMoment? due = null;
        if (request.Decision == ReviewDecisions.RequestClarification)
        {
            due = DueMoment.Read(request.DueAt, request.WorkingDays, deadlines.ClarificationWorkingDays, now, calendar, deadlines, errors);
        }
        else if (request.DueAt is not null || request.WorkingDays is not null)
        {
            errors.Add("dueAt", "due_only_for_clarification");
        }
        return errors.Any ? null : new Shape(request.Decision!, note, due);
    }
}
