using Microsoft.Playwright;

namespace Consultation.Worker.Tests.Infrastructure;

/// <summary>
/// axe-core (the script tests/run.sh installs with npm, at CONSULTATION_TEST_AXE) run in the page: the
/// serious and critical violations, each as "rule: the elements".
/// </summary>
public static class Axe
{
    public static string Script
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CONSULTATION_TEST_AXE");
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                Assert.Ignore("axe-core is not installed (CONSULTATION_TEST_AXE; tests/run.sh installs it with npm).");
            }
            return path!;
        }
    }

    /// <summary>The page's serious and critical violations at its current size; the context must bypass the page's CSP to inject axe.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        }
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
    }

    /// <summary>Checks the page at desktop width and at 390 pixels (a phone), and restores the desktop size.</summary>
    public static async Task AssertCleanAsync(IPage page, string what)
    {
        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            var violations = await SeriousAsync(page);
            Assert.That(violations, Is.Empty, $"axe on {what} at {width} px");
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
