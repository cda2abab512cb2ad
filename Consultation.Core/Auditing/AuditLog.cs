using System.Data.Common;
using Dapper;

namespace Consultation.Core.Auditing;

/// <summary>The append-only audit log. There is deliberately no update or delete.</summary>
public static class AuditLog
{
    public static Task AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry) =>
        connection.ExecuteAsync(
            """
            INSERT INTO audit_log (at, actor, agency_code, action, entity, entity_id, details)
            VALUES (@At, @Actor, @AgencyCode, @Action, @Entity, @EntityId, @Details)
            """,
            entry,
            transaction);

    public static async Task<IReadOnlyList<AuditEntry>> ForEntityAsync(DbConnection connection, string entity, string entityId)
    {
        var rows = await connection.QueryAsync<AuditEntry>(
            """
            SELECT at, actor, agency_code, action, entity, entity_id, details
            FROM audit_log WHERE entity = @entity AND entity_id = @entityId ORDER BY id
            """,
            new { entity, entityId });
        return rows.AsList();
    }
}
