using Consultation.Core.Data;

namespace Consultation.TestSupport;

public sealed class SqliteDb : TestDatabase
{
    private string? _folder;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override void Create()
    {
        _folder = Path.Combine(Path.GetTempPath(), UniqueName());
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "consultation.db")};Pooling=False";
    }

    public override void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        base.Dispose();
    }
}
