namespace Consultation.Worker.Mail;

public sealed record RenderedMail(string Subject, string Html, string Text);
