namespace Consultation.Core.Mail;

/// <summary>A mail that could not be sent, as ops see it before re-driving it.</summary>
public sealed record FailedMail
{
    public Guid Id { get; init; }
    public required string Recipient { get; init; }
    public int ItemCount { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? LastError { get; init; }
}
