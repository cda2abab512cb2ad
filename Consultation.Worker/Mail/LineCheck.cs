using Consultation.Core.Consultations;
using Consultation.Core.Mail;

namespace Consultation.Worker.Mail;

/// <summary>What deciding whether a mail line is still true needs: what the line is about, and the assignment as it is now.</summary>
public sealed record LineCheck(Guid AssignmentId, Guid? AnswerId, DateTimeOffset? DueAt, AssignmentNow Now, IReadOnlyDictionary<Guid, string?> Reviews)
{
    public bool ConsultationOpen => Now.ConsultationStatus == ConsultationStatus.Open;

    /// <summary>The agency still owes an answer.</summary>
    public bool Awaited => Now.Status is AssignmentStatus.Pending or AssignmentStatus.ClarificationRequested;

    /// <summary>The line's answer has not been reviewed yet.</summary>
    public bool AnswerUnreviewed => AnswerId is { } answer && Reviews.TryGetValue(answer, out var decision) && decision is null;
}
