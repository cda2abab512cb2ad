namespace Consultation.Worker.Mail;

public sealed record MailRecipientView(string Name, string Address);
