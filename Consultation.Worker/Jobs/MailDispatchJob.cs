using Consultation.Worker.Mail;
using Quartz;

namespace Consultation.Worker.Jobs;

/// <summary>Gathers escalation items whose consolidation window has closed into mails, and sends the mails that are due.</summary>
[DisallowConcurrentExecution]
public sealed class MailDispatchJob(MailDispatcher dispatcher, ILogger<MailDispatchJob> logger) : IJob
{
    public static readonly JobKey Key = new("mail-dispatch", "consultation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var run = await dispatcher.RunAsync(cancellationToken);
            if (run.Composed + run.Sent + run.Deferred + run.Failed > 0)
            {
                logger.LogInformation("Mail run: {Composed} composed, {Sent} sent, {Deferred} put off, {Failed} failed",
                    run.Composed, run.Sent, run.Deferred, run.Failed);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Everything is in the database: what this run could not do, the next one does.
            logger.LogError(e, "The mail run failed; unsent mail waits for the next run");
        }
    }
}
