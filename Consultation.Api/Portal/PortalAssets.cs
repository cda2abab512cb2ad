namespace Consultation.Api.Portal;

/// <summary>
/// The portal's one style sheet and one small script, served from here: no build step, and a content
/// security policy that allows nothing inline. Every page works without the script.
/// </summary>
public static class PortalAssets
{
    public static IResult Css(HttpContext http) => Asset(http, StyleSheet, "text/css; charset=utf-8");

    public static IResult Script(HttpContext http) => Asset(http, LiveAssessment, "text/javascript; charset=utf-8");

    private static IResult Asset(HttpContext http, string text, string type)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(text, type);
    }

    // Colours checked for contrast against their backgrounds (4.5:1 or better for text).
    private const string StyleSheet = """
        :root { --ink: #1d2733; --muted: #4a5563; --line: #c4cbd4; --paper: #fff; --back: #f4f6f8; --link: #0b57d0; --bad: #b42318; --ok: #067647; --warn: #93370d; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; margin: 0; color: var(--ink); background: var(--back); line-height: 1.5; font-size: 1rem; }
        a { color: var(--link); } a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #f79009; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; } .skip:focus { left: .5rem; z-index: 2; }
        header { background: #123b6d; color: #fff; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; justify-content: space-between; }
        header a { color: #fff; } header .brand { margin: 0; font-weight: 700; } header nav { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
        header button { background: transparent; color: #fff; border: 1px solid #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; } main:focus { outline: none; }
        h1 { font-size: 1.5rem; margin: .6rem 0 1rem; } h2 { font-size: 1.2rem; margin-top: 1.8rem; } h3 { font-size: 1.05rem; margin: .2rem 0 .4rem; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: .6rem 0; }
        .list { list-style: none; padding: 0; margin: 0; }
        .meta { color: var(--muted); margin: .2rem 0; } .bad { color: var(--bad); font-weight: 600; } .ok { color: var(--ok); } .warn { color: var(--warn); font-weight: 600; }
        .notice { padding: .6rem 1rem; border-radius: 6px; background: var(--paper); border: 2px solid currentColor; }
        .badge { display: inline-block; border: 1px solid currentColor; border-radius: 1rem; padding: 0 .6rem; font-size: .9rem; }
        form.inline { display: inline; } label { display: block; font-weight: 600; margin-top: .6rem; }
        input[type=text], input[type=password], input[type=date], input[type=number], select, textarea { width: 100%; max-width: 40rem; font: inherit; padding: .45rem; border: 1px solid #6b7684; border-radius: 4px; background: #fff; color: var(--ink); }
        textarea { min-height: 8rem; } fieldset { border: 1px solid var(--line); border-radius: 6px; margin: .8rem 0; padding: .4rem 1rem .8rem; }
        fieldset label { display: inline; font-weight: 400; margin: 0 1rem 0 .3rem; } legend { font-weight: 600; }
        .hint { color: var(--muted); font-size: .95rem; margin: .1rem 0; }
        button { font: inherit; padding: .45rem 1rem; border-radius: 4px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; cursor: pointer; margin: .6rem .4rem 0 0; }
        button.secondary { background: #fff; color: #0b57d0; }
        .assessment { border-left: 6px solid var(--line); } .assessment.clear { border-left-color: var(--ok); } .assessment.vague { border-left-color: var(--bad); }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        .quote { white-space: pre-wrap; margin: .3rem 0; }
        .scroll { overflow-x: auto; } table { border-collapse: collapse; background: var(--paper); min-width: 100%; }
        th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
        details { margin: .5rem 0; } summary { cursor: pointer; color: var(--link); font-weight: 600; }
        .chart { max-width: 100%; height: auto; } .chart-box { margin: .6rem 0; } figcaption { margin-top: .3rem; }
        h4 { font-size: 1rem; margin: .2rem 0 .4rem; } caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; } .fields p { margin: 0; }
        .scroll th[scope=row] { min-width: 10rem; } .label { display: block; font-weight: 600; margin-top: .6rem; }
        .glossary dt { font-weight: 600; margin-top: .4rem; } .glossary dd { margin: 0 0 0 1rem; color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        @media (max-width: 40rem) { main { padding: .6rem; } h1 { font-size: 1.3rem; } header { padding: .5rem .6rem; } }
        """;

    // Shows the assessment of the draft while the clerk writes, from the same endpoint the "Xem đánh
    // giá" button posts to; announced politely to screen readers by the region's aria-live.
    private const string LiveAssessment = """
        "use strict";
        document.addEventListener("DOMContentLoaded", () => {
          const form = document.querySelector("form[data-live-assessment]");
          const region = document.getElementById("assessment");
          if (!form || !region) return;
          let timer = 0, sent = 0;
          const refresh = async () => {
            const mine = ++sent;
            try {
              const response = await fetch(form.dataset.liveAssessment, { method: "POST", body: new FormData(form), headers: { "X-Portal-Fragment": "assessment" }, credentials: "same-origin" });
              if (response.ok && mine === sent) region.innerHTML = await response.text();
            } catch (e) { /* the button still works */ }
          };
          form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 600); });
        });
        """;
}
