namespace Consultation.Worker.Mail;

/// <summary>The <c>Mail</c> section: who sends, how, and how escalations are gathered into mails.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender address; required when an SMTP host is set.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "Hệ thống theo dõi lấy ý kiến phối hợp";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where <c>.eml</c> files go when no SMTP host is set; defaults to <c>data/mail</c> under the content root.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The Fluid templates; defaults to <c>Mail/Templates</c> beside the program, editable without rebuilding.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Items for one recipient arriving within this long of the first go out as one mail.</summary>
    public TimeSpan ConsolidationWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the mail job gathers due items and sends due mails.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most items one mail lists; a larger storm becomes several mails.</summary>
    public int MaxItemsPerMail { get; set; } = 1000;

    /// <summary>The agency copied on level-2 escalations: the Department of Home Affairs (Sở Nội vụ).</summary>
    public string SupervisorAgencyCode { get; set; } = "SNV";

    /// <summary>The first wait after a send that failed for a passing reason; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A mail still not accepted this long after it was composed is recorded as failed, for ops to re-drive.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a claimed mail is held by the worker sending it before another may try it.</summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages each consumer endpoint handles at once.</summary>
    public int ConsumerConcurrency { get; set; } = 16;
}
