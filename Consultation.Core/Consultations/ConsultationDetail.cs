namespace Consultation.Core.Consultations;

public sealed record ConsultationDetail(
    ConsultationRecord Consultation,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<Answer> Answers)
{
    public Assignment? AssignmentOf(string agencyCode) =>
        Assignments.FirstOrDefault(a => a.AgencyCode == agencyCode);

    public bool IsParty(string agencyCode) =>
        Consultation.LeadAgencyCode == agencyCode || AssignmentOf(agencyCode) is not null;
}
