using Consultation.Core.Agencies;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Core.Reports.Documents;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Reports;

/// <summary>
/// Computes the consolidated report of a lead unit, or of the whole province, for a period: four
/// set-based queries, then working days counted over the incidents alone. The report is as of now:
/// what was answered, overdue or still in term at this moment, of the assignments whose deadline
/// fell in the period.
/// </summary>
public sealed class NonCooperationReports(
    CooperationQueries queries, AgencyStore agencies, IWorkingCalendar calendar, IOptions<ReportOptions> options, TimeProvider clock)
{
    /// <summary>The report of <paramref name="lead"/>, an agency code or <see cref="NonCooperationReport.All"/>.</summary>
    public async Task<NonCooperationReport> ComputeAsync(string lead, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var asOf = clock.GetUtcNow();
        var settings = options.Value;
        var scope = new CooperationScope(period, lead == NonCooperationReport.All ? null : lead);
        var counts = await queries.CountsAsync(scope, [period], asOf, cancellationToken);
        var unanswered = await queries.UnansweredIncidentsAsync(scope, asOf, cancellationToken);
        var answers = await queries.AnswerIncidentsAsync(scope, cancellationToken);
        var consultations = await queries.ConsultationCountAsync(scope, cancellationToken);
        var issuer = await IssuerAsync(lead, cancellationToken);

        var incidents = Incidents(unanswered, answers).ToLookup(i => i.AgencyCode, i => i.Incident, StringComparer.Ordinal);
        var rows = counts.Select(c => Cooperation(c, incidents[c.AgencyCode])).ToList();
        var proposed = ReportProposal.Proposed(rows, settings.ProposalThreshold);
        var proposal = ReportProposal.Paragraph(proposed, settings.ProposalThreshold, issuer.Name, settings.Recipient, settings.Directive);
        return new NonCooperationReport(
            lead, period.From, period.To, rows, proposal,
            ReportProposal.Commended(rows).Select(a => a.Code).ToList(),
            proposed.Select(a => a.Code).ToList(),
            settings.ProposalThreshold,
            scope.Lead is null ? null : issuer.Name,
            consultations,
            asOf);
    }

    /// <summary>Who signs the report: the lead unit, or the supervisor (Sở Nội vụ) for the province-wide one.</summary>
    public async Task<ReportIssuer> IssuerAsync(string lead, CancellationToken cancellationToken = default)
    {
        var code = lead == NonCooperationReport.All ? options.Value.SupervisorAgencyCode : lead;
        var agency = await agencies.FindAsync(code, cancellationToken);
        return agency is null
            ? new ReportIssuer(code, code == options.Value.SupervisorAgencyCode ? "Sở Nội vụ" : code, AgencyKinds.Department, null)
            : new ReportIssuer(agency.Code, agency.Name, agency.Kind, agency.HeadName);
    }

    /// <summary>The letterhead of <paramref name="report"/>, dated the day it was computed.</summary>
    public async Task<ReportLetterhead> LetterheadAsync(NonCooperationReport report, CancellationToken cancellationToken = default) =>
        ReportLetterhead.For(await IssuerAsync(report.Lead, cancellationToken), options.Value, VietnamTime.DateOf(report.AsOf));

    private static AgencyCooperation Cooperation(CooperationCounts c, IEnumerable<Incident> incidents)
    {
        int onTime = (int)c.OnTime, late = (int)c.Late, overdue = (int)c.Overdue, deemed = (int)c.DeemedAgreed;
        return new AgencyCooperation(c.AgencyCode, c.Name, (int)c.Assigned, onTime, late, overdue, (int)c.InTerm, deemed,
            (int)c.ConfirmedVague, (int)c.Extensions, AgencyCooperation.RateOf(onTime, late, overdue, deemed),
            incidents.OrderBy(i => i.DueAt).ThenBy(i => i.DocumentNumber, StringComparer.Ordinal).ToList(),
            (int)c.Referred, (int)c.Redirected, (int)c.Rings, (int)c.UnclearReferrals);
    }

    private IEnumerable<(string AgencyCode, Incident Incident)> Incidents(IReadOnlyList<IncidentRow> unanswered, IReadOnlyList<IncidentRow> answers)
    {
        foreach (var row in unanswered)
        {
            yield return row.Status == AssignmentStatus.DeemedAgreed
                ? (row.AgencyCode, Of(row, IncidentKinds.DeemedAgreed))
                : (row.AgencyCode, Of(row, IncidentKinds.Overdue) with { WorkingDaysOverdue = Between(row.DueAt, row.Until!.Value) });
        }
        foreach (var row in answers.Where(a => a.ReviewDecision == ReviewDecisions.ConfirmVague))
        {
            yield return (row.AgencyCode, Of(row, IncidentKinds.ConfirmedVague) with { AnsweredAt = row.SubmittedAt, Note = row.ReviewNote });
        }
        // An assignment answered late counts once, by its latest late answer.
        foreach (var row in answers.Where(a => a.Late && a.Status == AssignmentStatus.Answered)
            .GroupBy(a => a.AssignmentId).Select(g => g.MaxBy(a => a.Round)!))
        {
            yield return (row.AgencyCode, Of(row, IncidentKinds.Late) with
            {
                AnsweredAt = row.SubmittedAt,
                WorkingDaysLate = Between(row.DueAt, row.SubmittedAt!.Value),
            });
        }
    }

    private int Between(DateTimeOffset dueAt, DateTimeOffset at) => WorkingDays.Overdue(calendar, dueAt, at);

    private static Incident Of(IncidentRow row, string kind) =>
        new(kind, row.ConsultationId, row.DocumentNumber, row.Title, row.LeadAgencyCode, row.DueAt, null, null, null, null);
}
