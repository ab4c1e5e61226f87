using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Sources;

/// <summary>
/// Turns an HTML page into an <see cref="HtmlPage"/>: the readable text of its main content (paragraphs and headings
/// joined by blank lines) and its title, outlet, canonical URL and publication date.
/// </summary>
public static class HtmlArticleExtractor
{
    public static HtmlPage Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var text = ReadableText.Of(document);
        return new HtmlPage(text, metadata.Title, metadata.Url, metadata.Outlet, metadata.Published);
    }
}
