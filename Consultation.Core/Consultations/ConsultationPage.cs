namespace Consultation.Core.Consultations;

public sealed record ConsultationPage(
    IReadOnlyList<ConsultationRecord> Items,
    IReadOnlyList<Assignment> Assignments,
    int Total);
