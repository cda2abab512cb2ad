namespace Consultation.Worker;

/// <summary>The <c>Worker</c> section (escalation rules themselves are bound from it too, see EscalationOptions).</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Host the jobs and consumers inside the API process (the embedded default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Run the Quartz jobs here; false gives a process that only consumes messages.</summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>How often due work is looked for.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often escalations left unpublished (the broker was down) are sent again.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one batch may wait for the broker's confirmations before it is given up and retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
