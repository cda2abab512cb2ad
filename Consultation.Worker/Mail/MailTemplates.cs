using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Consultation.Worker.Mail;

/// <summary>
/// The Fluid (Liquid) templates of the mails, read from files an administrator may edit while the
/// service runs: a file is parsed again when its modification time changes. The HTML body is
/// rendered with an HTML encoder, so every value (titles, answers, names) is encoded; the subject
/// and the plain-text body are rendered as they are.
/// </summary>
public sealed partial class MailTemplates
{
    public const string SubjectFile = "subject.liquid";
    public const string HtmlFile = "body.html.liquid";
    public const string TextFile = "body.txt.liquid";
    public const string ReportSubjectFile = "report.subject.liquid";
    public const string ReportHtmlFile = "report.body.html.liquid";
    public const string ReportTextFile = "report.body.txt.liquid";

    // Vietnamese letters stay readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, (DateTime Stamp, IFluidTemplate Template)> _parsed = new(StringComparer.Ordinal);

    public MailTemplates(IOptions<MailOptions> options)
    {
        Directory = Path.GetFullPath(options.Value.TemplateDirectory ?? Path.Combine(AppContext.BaseDirectory, "Mail", "Templates"));
        _options = new TemplateOptions();
        if (System.IO.Directory.Exists(Directory))
        {
            _options.FileProvider = new PhysicalFileProvider(Directory);
        }
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        _options.MemberAccessStrategy.Register<MailModel>();
        _options.MemberAccessStrategy.Register<MailRecipientView>();
        _options.MemberAccessStrategy.Register<MailConsultationView>();
        _options.MemberAccessStrategy.Register<MailItemView>();
        _options.MemberAccessStrategy.Register<MailLinkView>();
        _options.MemberAccessStrategy.Register<ReportMailModel>();
        _options.MemberAccessStrategy.Register<ReportMailAttachment>();
    }

    /// <summary>The folder the templates are read from.</summary>
    public string Directory { get; }

    public Task<RenderedMail> RenderAsync(MailModel model) => RenderAsync(model, SubjectFile, HtmlFile, TextFile);

    /// <summary>The email that carries a consolidated report: its own subject and bodies.</summary>
    public Task<RenderedMail> RenderAsync(ReportMailModel model) => RenderAsync(model, ReportSubjectFile, ReportHtmlFile, ReportTextFile);

    private async Task<RenderedMail> RenderAsync(object model, string subjectFile, string htmlFile, string textFile)
    {
        var subject = await RenderAsync(subjectFile, model, NullEncoder.Default);
        var html = await RenderAsync(htmlFile, model, Html);
        var text = await RenderAsync(textFile, model, NullEncoder.Default);
        // A subject is one line: a title typed with line breaks must not break the header.
        return new RenderedMail(Whitespace().Replace(subject, " ").Trim(), html, text.Trim() + "\n");
    }

    /// <summary>Parses every template once, so a missing or broken file is reported at start-up.</summary>
    public void Verify()
    {
        foreach (var file in new[] { SubjectFile, HtmlFile, TextFile, ReportSubjectFile, ReportHtmlFile, ReportTextFile })
        {
            Get(file);
        }
    }

    private async Task<string> RenderAsync(string file, object model, TextEncoder encoder)
    {
        var template = Get(file);
        try
        {
            return await template.RenderAsync(new TemplateContext(model, _options), encoder);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MailTemplateException($"The mail template {Path.Combine(Directory, file)} failed to render: {e.Message}", e);
        }
    }

    private IFluidTemplate Get(string file)
    {
        var path = Path.Combine(Directory, file);
        if (!File.Exists(path))
        {
            throw new MailTemplateException($"The mail template {path} does not exist (Mail:TemplateDirectory).");
        }
        var stamp = File.GetLastWriteTimeUtc(path);
        if (_parsed.TryGetValue(file, out var cached) && cached.Stamp == stamp)
        {
            return cached.Template;
        }
        if (!Parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new MailTemplateException($"The mail template {path} does not parse: {error}");
        }
        _parsed[file] = (stamp, template);
        return template;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
