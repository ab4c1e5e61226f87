using System.Text.RegularExpressions;

namespace Sitrep.Tests.Web;

/// <summary>
/// Article text is untrusted: the page's own scripts never parse strings as HTML or code. Every string reaches the
/// DOM as a text node (wwwroot/js/dom.js); these are the ways it could not.
/// </summary>
public sealed partial class PageSourceTests
{
    [GeneratedRegex(@"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function|setHTMLUnsafe|createContextualFragment|DOMParser)\b\s*(=|\()")]
    private static partial Regex HtmlSinks();

    [Fact]
    public void No_script_of_the_page_writes_html_or_evaluates_strings()
    {
        var folder = Path.Combine(TestData.RepositoryRoot, "src", "Sitrep.Web", "wwwroot");
        var scripts = Directory.EnumerateFiles(folder, "*.js", SearchOption.AllDirectories).ToList();
        Assert.True(scripts.Count >= 5, $"only {scripts.Count} scripts under {folder}");
        var sinks = scripts.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && HtmlSinks().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(sinks.Count == 0, "HTML or code sinks in the page's scripts:\n" + string.Join("\n", sinks));
    }

    [Fact]
    public void The_check_finds_a_sink_when_there_is_one()
    {
        Assert.Matches(HtmlSinks(), "node.innerHTML = text;");
        Assert.Matches(HtmlSinks(), "el.insertAdjacentHTML('beforeend', x)");
        Assert.DoesNotMatch(HtmlSinks(), "node.textContent = text;");
    }
}
