using Consultation.Core.Mail;
using Consultation.Core.Reports;
using Consultation.Worker.Jobs;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Consultation.Worker.Mail;

/// <summary>
/// One run of the mail job: gather due items into mails, then send due mails one by one over one
/// connection. Each mail is marked the moment the server accepts it. A passing failure puts the mail
/// off with a growing delay and ends the run (the server is unlikely to take the next one either); a
/// permanent one records the mail as failed and moves on.
/// </summary>
public sealed class MailDispatcher(
    MailQueue queue, MailComposer composer, StaleLines stale, ReportStore reports, MailTransports transports, IOptions<MailOptions> options,
    TimeProvider clock, ILogger<MailDispatcher> logger)
{
    private const int ClaimBatch = 10;

    public async Task<MailRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var composed = await queue.ComposeDueAsync(settings.ConsolidationWindow, settings.MaxItemsPerMail, cancellationToken);
        var (sent, deferred, failed) = (0, 0, 0);
        var sending = SendPipeline(settings.Smtp);
        var marking = WorkerResilience.Create(logger);
        await using var transport = transports.Create();
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await queue.ClaimDueAsync(ClaimBatch, settings.SendLease, cancellationToken);
            for (var i = 0; i < claimed.Count; i++)
            {
                var mail = claimed[i];
                if (mail.Report is null)
                {
                    var stillTrue = await stale.StillTrueAsync(mail, cancellationToken);
                    if (stillTrue.Count == 0)
                    {
                        logger.LogInformation("Mail {MailId} to {Recipient} not sent: none of its {Items} lines is still true", mail.Id, mail.Recipient, mail.Items.Count);
                        await queue.MarkObsoleteAsync(mail.Id, CancellationToken.None);
                        continue;
                    }
                    if (stillTrue.Count < mail.Items.Count)
                    {
                        logger.LogInformation("Mail {MailId} to {Recipient}: {Dropped} of {Items} lines left out, no longer true",
                            mail.Id, mail.Recipient, mail.Items.Count - stillTrue.Count, mail.Items.Count);
                    }
                    mail = mail with { Items = stillTrue };
                }
                try
                {
                    var message = mail.Report is { } report
                        ? await composer.ComposeReportAsync(mail, await reports.GetAsync(report.ReportId, cancellationToken)
                            ?? throw new InvalidOperationException($"Report {report.ReportId} is no longer stored."))
                        : await composer.ComposeAsync(mail);
                    await sending.ExecuteAsync(async ct => await transport.SendAsync(message, ct), cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested && SmtpFailures.IsTransient(e))
                {
                    failed += await PutOffAsync(mail, e, settings) ? 0 : 1;
                    deferred++;
                    await queue.ReleaseAsync(claimed.Skip(i + 1).Select(m => m.Id).ToList(), CancellationToken.None);
                    return new MailRun(composed, sent, deferred, failed);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Mail {MailId} to {Recipient} was refused for good; it waits for ops to re-drive it", mail.Id, mail.Recipient);
                    await queue.MarkFailedAsync(mail.Id, SmtpFailures.Describe(e), CancellationToken.None);
                    failed++;
                    continue;
                }
                // The one gap in which a crash resends a mail: one statement, retried through a database blip. If it
                // still fails, the mail stays claimed until its lease runs out and is then sent again, once.
                await marking.ExecuteAsync(async ct => await queue.MarkSentAsync(mail.Id, ct), cancellationToken);
                sent++;
                logger.LogInformation("Sent mail {MailId} ({Items} items, report {ReportId}) to {Recipient}", mail.Id, mail.Items.Count, mail.Report?.ReportId, mail.Recipient);
            }
            if (claimed.Count < ClaimBatch)
            {
                break;
            }
        }
        return new MailRun(composed, sent, deferred, failed);
    }

    /// <summary>Schedules the next attempt, doubling the wait each time; false when the mail has waited too long and is recorded as failed.</summary>
    private async Task<bool> PutOffAsync(QueuedMail mail, Exception e, MailOptions settings)
    {
        var now = clock.GetUtcNow();
        var error = SmtpFailures.Describe(e);
        if (now - mail.CreatedAt >= settings.GiveUpAfter)
        {
            logger.LogError(e, "Mail {MailId} to {Recipient} still not accepted after {Attempts} attempts; recorded as failed", mail.Id, mail.Recipient, mail.Attempts);
            await queue.MarkFailedAsync(mail.Id, $"Gave up after {mail.Attempts} attempts: {error}", CancellationToken.None);
            return false;
        }
        var delay = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryDelay.Ticks * (1L << Math.Min(mail.Attempts - 1, 20))));
        logger.LogWarning("Mail {MailId} to {Recipient} not accepted ({Error}); attempt {Attempts}, next in {Delay}", mail.Id, mail.Recipient, error, mail.Attempts, delay);
        await queue.RetryLaterAsync(mail.Id, now + delay, error, CancellationToken.None);
        return true;
    }

    /// <summary>A few quick retries inside the run, for a dropped connection or a busy reply, before the mail is put off.</summary>
    private ResiliencePipeline SendPipeline(SmtpOptions smtp) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, smtp.RetryAttempts),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = smtp.RetryDelay,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not MailTemplateException && e is not OperationCanceledException && SmtpFailures.IsTransient(e)),
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Sending failed, retry {Attempt} in {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();
}
