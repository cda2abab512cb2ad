namespace Consultation.Api.Ops;

/// <summary>The ops page's words, Vietnamese first with an English switch.</summary>
public sealed record OpsText(bool English)
{
    public string T(string vi, string en) => English ? en : vi;
}
