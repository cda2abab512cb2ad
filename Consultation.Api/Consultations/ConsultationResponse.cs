using Consultation.Core.Consultations;

namespace Consultation.Api.Consultations;

public sealed record ConsultationResponse(
    Guid Id,
    string DocumentNumber,
    string Title,
    string Issue,
    string ProposedDirection,
    string Urgency,
    bool SilenceMeansConsent,
    string LeadAgencyCode,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? Synthesis,
    IReadOnlyList<AssignmentResponse> Assignments)
{
    /// <summary>
    /// The consultation as <paramref name="viewer"/> may see it: the lead and the supervisor (viewer
    /// null) see every answer; a consulted agency sees who else is consulted but only its own answers.
    /// </summary>
    public static ConsultationResponse From(
        ConsultationRecord c, IEnumerable<Assignment> assignments, IReadOnlyList<Answer> answers, string? viewer, DateTimeOffset now)
    {
        var seesAll = viewer is null || viewer == c.LeadAgencyCode;
        var codes = assignments.ToDictionary(a => a.Id, a => a.AgencyCode);
        var items = assignments
            .Select(a => AssignmentResponse.From(
                a,
                seesAll || a.AgencyCode == viewer ? answers.Where(x => x.AssignmentId == a.Id) : [],
                now,
                a.RedirectedFromId is { } from ? codes.GetValueOrDefault(from) : null))
            .ToArray();
        return new ConsultationResponse(
            c.Id, c.DocumentNumber, c.Title, c.Issue, c.ProposedDirection, c.Urgency, c.SilenceMeansConsent,
            c.LeadAgencyCode, c.Status, c.OpenedAt, c.ClosedAt, c.Synthesis, items);
    }
}
