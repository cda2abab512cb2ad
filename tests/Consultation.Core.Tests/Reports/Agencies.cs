using Consultation.Core.Reports;

namespace Consultation.Core.Tests.Reports;

/// <summary>Report rows made by hand: on time, late, overdue, in term, deemed agreed, confirmed vague.</summary>
internal static class Agencies
{
    public static AgencyCooperation Of(string code, int onTime = 0, int late = 0, int overdue = 0, int inTerm = 0, int deemed = 0, int vague = 0) =>
        new(code, $"Sở {code}", onTime + late + overdue + inTerm + deemed, onTime, late, overdue, inTerm, deemed, vague, 0,
            AgencyCooperation.RateOf(onTime, late, overdue, deemed), []);
}
