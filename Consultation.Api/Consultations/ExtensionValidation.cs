using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

/// <summary>An extension as the lead submits it: a reason and a new deadline.</summary>
public static class ExtensionValidation
{
    public sealed record Shape(string Reason, DueMoment Due);

    public static Shape? Validate(ExtensionRequest request, DateTimeOffset now, IWorkingCalendar calendar, DeadlineOptions deadlines, FieldErrors errors)
    {
        var reason = Text.Required(request.Reason, "reason", 2_000, errors);
        var due = DueMoment.Read(request.DueAt, request.WorkingDays, null, now, calendar, deadlines, errors);
        return errors.Any ? null : new Shape(reason!, due!);
    }
}
