using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Sources;

/// <summary>
/// The readable text of a page's main content: its paragraphs, headings, list items and captions, each a block of
/// text, joined by blank lines. Scripts, styles, navigation, forms, asides and page headers and footers are left out.
/// </summary>
internal static class ReadableText
{
    /// <summary>Elements that never hold article text.</summary>
    private const string Noise =
        "script, style, noscript, template, nav, aside, footer, iframe, svg, canvas, object, embed, button, select, "
        + "input, textarea, dialog, menu, [hidden], [role='navigation'], [role='complementary'], [role='banner'], [role='contentinfo']";

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "address", "hr", "details", "summary",
    };

    public static string Of(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Noise).ToList()) element.Remove();
        // Forms are comment boxes and search fields, except on pages that wrap their whole body in one.
        var total = document.Body is { } body ? ParagraphText(body) : 0;
        foreach (var form in document.QuerySelectorAll("form").ToList())
            if (ParagraphText(form) * 2 < total || total == 0) form.Remove();
        var root = MainContent(document);
        if (root is null) return "";
        var blocks = new Blocks();
        Walk(root, blocks);
        blocks.Flush();
        return string.Join("\n\n", blocks.Items);
    }

    /// <summary>The element holding the article: the largest &lt;article&gt; (unless it holds little of the page's paragraphs), else &lt;main&gt;, else the body.</summary>
    private static IElement? MainContent(IDocument document)
    {
        var body = document.Body;
        if (body is null) return document.DocumentElement;
        var total = ParagraphText(body);
        var article = document.QuerySelectorAll("article").MaxBy(ParagraphText);
        if (article is not null && ParagraphText(article) * 2 >= total) return article;
        var main = document.QuerySelector("main, [role='main'], [itemprop='articleBody']");
        if (main is not null && ParagraphText(main) * 2 >= total) return main;
        return body;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private static void Walk(INode node, Blocks blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    blocks.Append(text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    blocks.Break();
                    break;
                case IElement element when element.LocalName == "header":
                    // An article's own header holds its headline; a page header holds the site's name and menus.
                    if (element.ParentElement?.Closest("article") is null) break;
                    foreach (var heading in element.QuerySelectorAll("h1, h2, h3"))
                    {
                        blocks.Flush();
                        Walk(heading, blocks);
                        blocks.Flush();
                    }
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    blocks.Append(" ");
                    Walk(element, blocks);
                    blocks.Append(" ");
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    blocks.Flush();
                    Walk(element, blocks);
                    blocks.Flush();
                    break;
                case IElement element:
                    Walk(element, blocks);
                    break;
            }
        }
    }

    /// <summary>Collects blocks of text, collapsing white space inside each the way a browser shows it.</summary>
    private sealed class Blocks
    {
        private readonly StringBuilder _current = new();
        private bool _pendingSpace;

        public List<string> Items { get; } = new();

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (Whitespace.IsHtmlSpace(c))
                {
                    _pendingSpace = _current.Length > 0 && _current[^1] != '\n';
                    continue;
                }
                if (_pendingSpace) _current.Append(' ');
                _pendingSpace = false;
                _current.Append(c);
            }
        }

        public void Break()
        {
            _pendingSpace = false;
            if (_current.Length > 0) _current.Append('\n');
        }

        public void Flush()
        {
            var text = _current.ToString().Trim();
            _current.Clear();
            _pendingSpace = false;
            if (!string.IsNullOrWhiteSpace(text)) Items.Add(text);
        }
    }
}
