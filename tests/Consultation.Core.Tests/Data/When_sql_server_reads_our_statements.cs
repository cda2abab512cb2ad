namespace Consultation.Core.Tests.Data;

/// <summary>
/// Every statement the service's data code builds with the SQL Server dialect, recorded as it runs
/// (<see cref="SqlServerRehearsal"/>), is read by Microsoft's own T-SQL parser as SQL Server would
/// receive it, lists expanded into their parameters.
/// </summary>
public sealed class When_sql_server_reads_our_statements
{
    // sp_executesql, which carries every parameterised command, takes the statement and the parameter
    // declarations as two parameters of its own out of the 2,100 a request may carry.
    private const int ParameterLimit = 2_100 - 2;

    private SqlServerRehearsal _rehearsal = null!;

    [OneTimeSetUp]
    public async Task RunTheServiceAtTheLargestBatch()
    {
        // Lists grow with the batch, so the largest batch start-up accepts carries the most parameters.
        _rehearsal = await SqlServerRehearsal.RunAsync(SqlServerRehearsal.LargestBatchSize());
    }

    [OneTimeTearDown]
    public void Dispose() => _rehearsal?.Dispose();

    [Test]
    public void Should_reach_every_statement_it_was_given_rows_for()
    {
        // A reply left over means its statement changed or is no longer reached, and what follows it went unchecked.
        Assert.That(_rehearsal.Recorder.Unused, Is.Empty);
    }

    [Test]
    public void Should_parse_every_statement_the_service_sends()
    {
        var statements = _rehearsal.Recorder.Commands.Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();
        var problems = statements.SelectMany(sql => TSqlReading.Parse(sql).Errors.Select(e => $"{Opening(sql)} … line {e.Line}: {e.Message}")).ToList();

        TestContext.Out.WriteLine($"{_rehearsal.Recorder.Commands.Count} commands recorded, {statements.Count} distinct statements parsed.");
        Assert.That(statements, Has.Count.GreaterThan(100));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Should_keep_every_statement_under_the_parameter_limit_at_the_largest_batch()
    {
        var commands = _rehearsal.Recorder.Commands;
        var largest = commands.MaxBy(c => c.ParameterCount)!;
        var over = commands.Where(c => c.ParameterCount > ParameterLimit).Select(c => $"{c.ParameterCount} parameters: {Opening(c.Text)}").Distinct();

        TestContext.Out.WriteLine($"Escalation:BatchSize {_rehearsal.BatchSize}; the most parameters, {largest.ParameterCount}: {Opening(largest.Text)}");
        Assert.That(over, Is.Empty);
    }

    private static string Opening(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 100 ? flat : flat[..100];
    }
}
