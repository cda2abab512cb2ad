using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Consultation.Api.Ops;

/// <summary>The page frame. Every value that comes from data goes through <see cref="E"/>.</summary>
public static class OpsHtml
{
    public static string E(object? value) => HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    public static string Page(OpsText t, string title, string body, bool refresh) => $$"""
        <!doctype html>
        <html lang="{{(t.English ? "en" : "vi")}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {{(refresh ? "<meta http-equiv=\"refresh\" content=\"15\">" : "")}}
        <title>{{E(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d2733; background: #f6f7f9; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; background: #fff; } td, th { border: 1px solid #d5dae1; padding: .3rem .6rem; text-align: left; }
        .cards { display: flex; flex-wrap: wrap; gap: .8rem; } .card { background: #fff; border: 1px solid #d5dae1; padding: .6rem 1rem; min-width: 9rem; }
        .card b { display: block; font-size: 1.5rem; } .bad { color: #b42318; } .ok { color: #067647; } .warn { color: #b54708; }
        nav { display: flex; gap: 1rem; align-items: center; } form { display: inline; }
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    public static string Form(string action, string token, string fieldName, string fields, string button) =>
        $"""<form method="post" action="{E(action)}"><input type="hidden" name="{E(fieldName)}" value="{E(token)}">{fields}<button type="submit">{E(button)}</button></form>""";

    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        var html = new StringBuilder("<table><tr>");
        foreach (var h in headers)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                // Cells arrive encoded already, so a cell may carry a form.
                html.Append("<td>").Append(cell).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }
}
