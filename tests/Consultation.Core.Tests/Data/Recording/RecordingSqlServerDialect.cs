using System.Data.Common;
using Consultation.Core.Data;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>The service's own SQL Server dialect, connected to a <see cref="StatementRecorder"/> instead of a server.</summary>
public sealed class RecordingSqlServerDialect(StatementRecorder recorder) : SqlServerDialect
{
    public override DbConnection CreateConnection(string connectionString) => recorder.Connect(connectionString);

    // The recorder plays the server's refusal of a duplicate key with its own exception: SqlClient's
    // cannot be built outside the driver.
    public override bool IsUniqueViolation(DbException exception) => exception is DuplicateKeyRefused || base.IsUniqueViolation(exception);
}
