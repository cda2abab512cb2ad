using System.Text.Json;
using Consultation.Core.Calendar;
using Consultation.Core.Escalations;
using Consultation.Core.Mail;
using Consultation.Worker.Mail;
using MassTransit;

namespace Consultation.Worker.Escalations;

/// <summary>
/// One escalation kind in the Worker, end to end: the event a claimed row is published as, and the line
/// a mail item of that event becomes. The publisher and the mail side both look kinds up here
/// (<see cref="EscalationCatalog"/>), so neither has a switch of its own.
/// </summary>
public abstract class EscalationKind(string name, string summary, Func<LineCheck, bool> stillTrue)
{
    /// <summary>The kind as stored in <c>escalations.kind</c> and <c>mail_items.kind</c>.</summary>
    public string Name { get; } = name;

    /// <summary>How a consolidated mail's subject counts these items: "3 trường hợp quá hạn chưa trả lời".</summary>
    public string Summary { get; } = summary;

    public abstract Type Contract { get; }

    /// <summary>Whether a line of this kind is still true just before its mail goes: nobody is told what stopped being so.</summary>
    public bool StillTrue(LineCheck check) => stillTrue(check);

    /// <summary>Publishes the row's event with the escalation's id as its MessageId, which makes a re-send harmless.</summary>
    public abstract Task PublishAsync(IPublishEndpoint bus, PendingEscalation row, EscalationFacts facts, CancellationToken cancellationToken);

    /// <summary>The line of a mail item of this kind; figures that change with time (days overdue) are counted at <paramref name="now"/>.</summary>
    public abstract MailLine Read(MailItem item, DateTimeOffset now, IWorkingCalendar calendar);
}

/// <summary>An escalation kind published as <typeparamref name="T"/>.</summary>
public sealed class EscalationKind<T>(
    string name, string summary, Func<PendingEscalation, EscalationFacts, T> message, Func<T, MailItem, DateTimeOffset, IWorkingCalendar, MailLine> line,
    Func<LineCheck, bool> stillTrue)
    : EscalationKind(name, summary, stillTrue)
    where T : class
{
    public override Type Contract => typeof(T);

    public override Task PublishAsync(IPublishEndpoint bus, PendingEscalation row, EscalationFacts facts, CancellationToken cancellationToken) =>
        bus.Publish(message(row, facts), context => context.MessageId = row.Id, cancellationToken);

    public override MailLine Read(MailItem item, DateTimeOffset now, IWorkingCalendar calendar) =>
        line(JsonSerializer.Deserialize<T>(item.Payload, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Mail item {item.SourceId} has no payload."), item, now, calendar);
}
