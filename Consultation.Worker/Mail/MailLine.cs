namespace Consultation.Worker.Mail;

/// <summary>
/// One mail item read back from its event: the consultation it belongs to and the line the templates show.
/// The lead's code is kept for the lead's portal link; the consulted agency's is in the view.
/// </summary>
public sealed record MailLine(Guid ConsultationId, string DocumentNumber, string Title, string LeadAgencyCode, string LeadAgencyName, MailItemView View);
