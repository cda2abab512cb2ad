namespace Consultation.Api.Portal;

/// <summary>The portal's words, Vietnamese first with an English switch, as on the ops page.</summary>
public sealed record PortalText(bool English)
{
    public string T(string vi, string en) => English ? en : vi;
}
