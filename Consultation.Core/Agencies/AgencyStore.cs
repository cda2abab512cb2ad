using Consultation.Core.Auditing;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Core.Agencies;

public sealed class AgencyStore(Db db)
{
    private const string Columns = "code, name, kind, email, head_name, head_email, competence, active, created_at";

    public async Task<Agency?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Agency>(
            $"SELECT {Columns} FROM agencies WHERE code = @code", new { code });
    }

    public async Task<IReadOnlyList<Agency>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Agency>($"SELECT {Columns} FROM agencies ORDER BY kind, code");
        return rows.AsList();
    }

    /// <summary>Registers the agency; false when the code is taken (the database decides, not a prior read).</summary>
    public async Task<bool> AddAsync(Agency agency, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.InTransactionAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO agencies (code, name, kind, email, head_name, head_email, competence, active, created_at)
                    VALUES (@Code, @Name, @Kind, @Email, @HeadName, @HeadEmail, @Competence, @Active, @CreatedAt)
                    """,
                    agency,
                    transaction);
                await AuditLog.AppendAsync(connection, transaction, audit);
                return true;
            }, cancellationToken);
            return true;
        }
        catch (System.Data.Common.DbException e) when (db.Dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    /// <summary>Whether each of <paramref name="codes"/> that is registered is active; unregistered codes are absent.</summary>
    public async Task<IReadOnlyDictionary<string, bool>> ActiveByCodeAsync(IEnumerable<string> codes, CancellationToken cancellationToken = default)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return new Dictionary<string, bool>();
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var found = await connection.QueryAsync<Agency>(
            $"SELECT {Columns} FROM agencies WHERE {db.Dialect.InList("code", "codes")}", new { codes = wanted });
        return found.ToDictionary(a => a.Code, a => a.Active, StringComparer.Ordinal);
    }
}
