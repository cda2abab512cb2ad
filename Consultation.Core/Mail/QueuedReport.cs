namespace Consultation.Core.Mail;

/// <summary>The stored report a mail sends (its files are read when it is sent), and the recipient's name.</summary>
public sealed record QueuedReport(Guid ReportId, string RecipientName);
