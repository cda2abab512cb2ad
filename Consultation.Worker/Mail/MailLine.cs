namespace Consultation.Worker.Mail;

/// <summary>One mail item read back from its event: the consultation it belongs to and the line the templates show.</summary>
public sealed record MailLine(Guid ConsultationId, string DocumentNumber, string Title, string LeadAgencyName, MailItemView View);
