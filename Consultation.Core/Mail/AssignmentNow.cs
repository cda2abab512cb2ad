namespace Consultation.Core.Mail;

/// <summary>An assignment as it stands when a mail about it is sent.</summary>
public sealed record AssignmentNow
{
    public Guid Id { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? DeemedAgreedAt { get; init; }
    public required string ConsultationStatus { get; init; }
}
