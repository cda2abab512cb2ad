using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Consultation.Worker.Tests.Mail;

/// <summary>The portal links a composed email carries, read back from each of its parts as a mail client would.</summary>
public static partial class MailedLinks
{
    public static IReadOnlyList<string> InText(MimeMessage message) =>
        TextLink().Matches(message.TextBody ?? "").Select(m => m.Groups[1].Value).ToList();

    /// <summary>The addresses of the HTML part's links, their HTML encoding undone.</summary>
    public static IReadOnlyList<string> InHtml(MimeMessage message) =>
        HtmlLink().Matches(message.HtmlBody ?? "").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The token of a link: what follows <c>/portal/link/</c>.</summary>
    public static string Token(string url) => url[(url.LastIndexOf("/portal/link/", StringComparison.Ordinal) + "/portal/link/".Length)..];

    [GeneratedRegex(@"Mở hồ sơ trên Cổng phối hợp: (\S+)")]
    private static partial Regex TextLink();

    [GeneratedRegex(@"<a href=""([^""]*)"">Mở hồ sơ lấy ý kiến</a>")]
    private static partial Regex HtmlLink();
}
