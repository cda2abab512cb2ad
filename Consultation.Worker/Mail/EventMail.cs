using System.Text.Json;
using Consultation.Core.Agencies;
using Consultation.Core.Mail;

namespace Consultation.Worker.Mail;

/// <summary>The mail items one event gives rise to: the same event, addressed to each of its recipients.</summary>
public sealed class EventMail
{
    private readonly Guid _sourceId;
    private readonly string _kind;
    private readonly Guid _consultationId;
    private readonly string _payload;

    private EventMail(Guid sourceId, string kind, Guid consultationId, string payload) =>
        (_sourceId, _kind, _consultationId, _payload) = (sourceId, kind, consultationId, payload);

    public static EventMail Of<T>(Guid sourceId, string kind, Guid consultationId, T message) =>
        new(sourceId, kind, consultationId, JsonSerializer.Serialize(message, JsonSerializerOptions.Web));

    /// <summary>
    /// To an agency's own address. Nobody is ever copied: items are gathered per recipient into one
    /// mail, so a copy would show one recipient the lines meant for another.
    /// </summary>
    public MailItem ToUnit(Agency unit, string role) => Item(unit.Email, unit.Name, role);

    /// <summary>To the agency's head; to the agency itself when no head's address is registered, so the agency still learns.</summary>
    public MailItem ToHead(Agency agency) => agency.HeadEmail is { Length: > 0 } email
        ? Item(email, HeadName(agency), MailRoles.Head)
        : Item(agency.Email, agency.Name, MailRoles.Head);

    private MailItem Item(string recipient, string name, string role) => new()
    {
        SourceId = _sourceId,
        Kind = _kind,
        Role = role,
        ConsultationId = _consultationId,
        Recipient = recipient,
        RecipientName = name,
        Payload = _payload,
    };

    private static string HeadName(Agency agency) =>
        agency.HeadName is { Length: > 0 } head ? $"Ông/Bà {head}, Thủ trưởng {agency.Name}" : $"Thủ trưởng {agency.Name}";
}
