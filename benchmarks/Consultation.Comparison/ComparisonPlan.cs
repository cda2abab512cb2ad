namespace Consultation.Comparison;

/// <summary>What one comparison run measures: the servers, and how many deadlines each contender gets.</summary>
internal sealed record ComparisonPlan(string Postgres, int AmqpPort, Uri Management, int Open, int Due, int Quartz, int Hangfire);

/// <summary>One line of the table: how many messages a contender got confirmed, in how long, and its processes' peak memory.</summary>
internal sealed record Measured(string Name, int Count, double Seconds, double PeakRssMb, string Note)
{
    public double PerSecond => Count / Seconds;
}
