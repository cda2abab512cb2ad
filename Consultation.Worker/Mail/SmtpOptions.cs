namespace Consultation.Worker.Mail;

/// <summary>The <c>Mail:Smtp</c> section; without a host, mail is written to the pickup folder instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Require TLS: implicit TLS on port 465, STARTTLS elsewhere.</summary>
    public bool UseTls { get; set; }

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Immediate retries of a send that failed for a passing reason, before it is rescheduled.</summary>
    public int RetryAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
