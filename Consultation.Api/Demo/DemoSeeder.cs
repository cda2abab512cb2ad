using System.Globalization;
using System.Text;
using Consultation.Core.Agencies;
using Consultation.Core.Auditing;
using Consultation.Core.Auth;
using Consultation.Core.Data;
using Dapper;

namespace Consultation.Api.Demo;

/// <summary>On first start of an empty database, registers the demo agencies and one key for each.</summary>
public sealed class DemoSeeder(Db db, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(string keysFile, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM agencies") > 0)
        {
            if (File.Exists(keysFile))
            {
                logger.LogInformation("Demo data already present; its keys are in {KeysFile}", keysFile);
            }
            return;
        }
        var now = clock.GetUtcNow();
        var lines = new StringBuilder();
        lines.AppendLine(CultureInfo.InvariantCulture, $"# Demo API keys, created {now:O}. Shown once: only their hashes are stored.");
        lines.AppendLine("# role\tagency\tkey");
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (code, name, kind, competence) in DemoAgencies.All)
        {
            var agency = new Agency
            {
                Code = code,
                Name = name,
                Kind = kind,
                Email = $"{code.ToLowerInvariant()}@daklak.demo",
                HeadName = null,
                HeadEmail = $"giamdoc.{code.ToLowerInvariant()}@daklak.demo",
                Competence = competence,
                CreatedAt = now,
            };
            await connection.ExecuteAsync(
                """
                INSERT INTO agencies (code, name, kind, email, head_name, head_email, competence, active, created_at)
                VALUES (@Code, @Name, @Kind, @Email, @HeadName, @HeadEmail, @Competence, @Active, @CreatedAt)
                """,
                agency,
                transaction);
            await AddKeyAsync(connection, transaction, Roles.Agency, code, now, lines);
        }
        await AddKeyAsync(connection, transaction, Roles.Supervisor, "SNV", now, lines);
        await AddKeyAsync(connection, transaction, Roles.Admin, null, now, lines);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry
        {
            At = now,
            Actor = "system",
            Action = "demo.seeded",
            Entity = "agency",
            EntityId = "*",
            Details = $"{DemoAgencies.All.Count} agencies",
        });
        // The file is written before the commit: if the commit fails the next start seeds and writes again.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keysFile))!);
        // Readable by the service's user alone: the file holds working keys.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var file = new StreamWriter(keysFile, new UTF8Encoding(false), options))
        {
            await file.WriteAsync(lines.ToString().AsMemory(), cancellationToken);
        }
        if (!OperatingSystem.IsWindows())
        {
            // A file left by an earlier seeding keeps its mode when overwritten.
            File.SetUnixFileMode(keysFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo agencies of Đắk Lắk; their API keys are in {KeysFile}", DemoAgencies.All.Count, keysFile);
    }

    private static async Task AddKeyAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        string role, string? agencyCode, DateTimeOffset now, StringBuilder lines)
    {
        var (key, prefix) = ApiKeySecret.Generate();
        await connection.ExecuteAsync(
            "INSERT INTO api_keys (prefix, hash, role, agency_code, created_at) VALUES (@prefix, @hash, @role, @agencyCode, @now)",
            new { prefix, hash = ApiKeySecret.Hash(key), role, agencyCode, now },
            transaction);
        lines.AppendLine(CultureInfo.InvariantCulture, $"{role}\t{agencyCode ?? "-"}\t{key}");
    }
}
