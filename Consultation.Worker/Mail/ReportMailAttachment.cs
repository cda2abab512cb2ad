namespace Consultation.Worker.Mail;

/// <summary>One attached file: its name and what it is.</summary>
public sealed record ReportMailAttachment(string Name, string Description);
