namespace Consultation.Core.Data;

/// <summary>The <c>Database</c> section; the connection string itself is <c>ConnectionStrings:Consultation</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply the schema scripts at start-up; a deployment may run them separately instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
