namespace Consultation.Api.Portal;

/// <summary>The portal's words, Vietnamese first with an English switch, as on the ops page.</summary>
public sealed record PortalText(bool English)
{
    /// <summary>The address of this page in the other language: the same page, its query kept.</summary>
    public string Switch { get; init; } = English ? "?lang=vi" : "?lang=en";

    public string T(string vi, string en) => English ? en : vi;
}
