using Consultation.Core.Data;

namespace Consultation.TestSupport;

/// <summary>
/// A fresh, empty database of one provider for one fixture. Server providers read their connection
/// string from the environment; without it the fixture is ignored with the reason, never passed.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = "";

    /// <summary>Creates the database's connection string; ignores the test when the server is not configured.</summary>
    public abstract void Create();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    protected static string UniqueName() => "consultation_test_" + Guid.NewGuid().ToString("N")[..12];

    protected static string RequireSetting(string variable, string server)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Ignore($"{server} is not configured: set {variable} to a connection string (tests/run.sh does this for PostgreSQL).");
        }
        return value!;
    }
}
