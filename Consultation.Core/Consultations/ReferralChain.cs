using System.Data.Common;
using Dapper;

namespace Consultation.Core.Consultations;

/// <summary>
/// The agencies a consultation passed through by redirects, up to a given assignment: the lead
/// redirected the first agency's not_competent answer to the second, and so on. A ring is a
/// not_competent answer that names an agency already on this list.
/// </summary>
public static class ReferralChain
{
    // Redirects are made by hand, one at a time; a chain longer than this is not a real one.
    private const int MaxLength = 100;

    /// <summary>The chain ending at <paramref name="assignmentId"/>, first referral first; the assignment's own agency is last.</summary>
    public static async Task<IReadOnlyList<ReferralLink>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, Guid assignmentId)
    {
        var chain = new List<ReferralLink>();
        Guid? next = assignmentId;
        while (next is { } id && chain.Count < MaxLength)
        {
            var link = await connection.QuerySingleOrDefaultAsync<ReferralLink>(
                """
                SELECT a.id AS assignment_id, a.agency_code, ag.name AS agency_name, a.redirected_from_id
                FROM assignments a JOIN agencies ag ON ag.code = a.agency_code WHERE a.id = @id
                """,
                new { id },
                transaction);
            if (link is null)
            {
                break;
            }
            chain.Add(link);
            next = link.RedirectedFromId;
        }
        chain.Reverse();
        return chain;
    }
}
