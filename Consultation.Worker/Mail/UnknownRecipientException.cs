namespace Consultation.Worker.Mail;

/// <summary>
/// An event names an agency that is not registered, so nobody can be written to. Retrying does not
/// help: the message goes to the endpoint's error queue, where ops find it and move it back once the
/// agency is registered (recording its items again adds nothing).
/// </summary>
public sealed class UnknownRecipientException(string agencyCode)
    : Exception($"Agency '{agencyCode}' is not registered; the message waits in the error queue until it is and the message is moved back.")
{
    public string AgencyCode { get; } = agencyCode;
}
