using System.Text.Json.Serialization;

namespace Consultation.Core.Reports;

/// <summary>
/// How one consulted agency cooperated in a period. Every assignment is in exactly one of
/// <see cref="OnTime"/>, <see cref="Late"/>, <see cref="Overdue"/>, <see cref="InTerm"/> and
/// <see cref="DeemedAgreed"/>; <see cref="ConfirmedVague"/> counts answers and <see cref="Extensions"/>
/// deadline extensions, across them. <see cref="Referred"/> counts assignments whose latest answer
/// was not_competent, <see cref="Redirected"/> those the lead redirected, <see cref="Rings"/> the
/// agency's not_competent answers that sent the request back round its chain of redirects.
/// </summary>
public sealed record AgencyCooperation(
    string Code,
    string Name,
    int Assigned,
    int OnTime,
    int Late,
    int Overdue,
    int InTerm,
    int DeemedAgreed,
    int ConfirmedVague,
    int Extensions,
    double? OnTimeRate,
    IReadOnlyList<Incident> Incidents,
    int Referred = 0,
    int Redirected = 0,
    int Rings = 0,
    [property: JsonIgnore] int UnclearReferrals = 0)
{
    /// <summary>Whether the agency may be commended: referrals only when judged clear, and no ring.</summary>
    [JsonIgnore]
    public bool ReferralsClear => UnclearReferrals == 0 && Rings == 0;

    /// <summary>What the proposal threshold is compared with.</summary>
    [JsonIgnore]
    public int IncidentCount => Late + Overdue + DeemedAgreed + ConfirmedVague;

    /// <summary>
    /// On time out of the assignments whose deadline has come: those still in term are neither.
    /// Null when nothing has come due. Rounded to four places, as clients show it.
    /// </summary>
    public static double? RateOf(int onTime, int late, int overdue, int deemedAgreed)
    {
        var due = onTime + late + overdue + deemedAgreed;
        return due == 0 ? null : Math.Round((double)onTime / due, 4);
    }
}
