using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Sources;

/// <summary>
/// The metadata of a page from its meta tags (Open Graph, article:*, name=date), its canonical link, its
/// <c>&lt;time&gt;</c> elements and its JSON-LD, the first found in that order of trust.
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Url, string? Outlet, DateOnly? Published)
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
         "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle"];

    private static readonly string[] DateMetaNames =
        ["article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
         "dc.date.issued", "dcterms.issued", "dc.date", "sailthru.date", "parsely-pub-date", "og:published_time"];

    public static HtmlMetadata Read(IDocument document)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdArticle(document);

        var title = First(meta.GetValueOrDefault("og:title"), jsonLd?.Headline, meta.GetValueOrDefault("twitter:title"),
            document.Title, document.QuerySelector("h1")?.TextContent);
        var url = First(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href"), meta.GetValueOrDefault("og:url"), jsonLd?.Url);
        var outlet = First(meta.GetValueOrDefault("og:site_name"), jsonLd?.Publisher, meta.GetValueOrDefault("application-name"));

        DateOnly? published = PublishedDate.Parse(meta.GetValueOrDefault("article:published_time"))
            ?? PublishedDate.Parse(jsonLd?.DatePublished);
        foreach (var name in DateMetaNames)
            published ??= PublishedDate.Parse(meta.GetValueOrDefault(name));
        published ??= PublishedDate.Parse(document.QuerySelector("time[pubdate][datetime], time[itemprop='datePublished'][datetime]")?.GetAttribute("datetime"));
        published ??= PublishedDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new HtmlMetadata(WithoutOutlet(title, outlet), url, outlet, published);
    }

    /// <summary>A page title without the outlet's name after it ("Dam breaks | The Courier" → "Dam breaks").</summary>
    private static string? WithoutOutlet(string? title, string? outlet)
    {
        if (title is null || outlet is null || title.Length <= outlet.Length + 3 || !title.EndsWith(outlet, StringComparison.OrdinalIgnoreCase))
            return title;
        var head = title[..^outlet.Length].TrimEnd();
        return head.Length > 1 && head[^1] is '|' or '-' or '–' or '—' or ':' or '·' && head[^2] == ' ' ? head[..^1].TrimEnd() : title;
    }

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            var text = value is null ? null : Whitespace.Collapse(value);
            if (!string.IsNullOrEmpty(text)) return text;
        }
        return null;
    }

    /// <summary>The content of each meta tag by its property, name or itemprop (lower case), the first tag winning.</summary>
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (string[])["property", "name", "itemprop"])
            {
                var key = element.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key)) values.TryAdd(key.Trim().ToLowerInvariant(), content);
            }
        }
        return values;
    }

    private sealed record JsonLdFields(string? Headline, string? Url, string? Publisher, string? DatePublished);

    /// <summary>The fields of the JSON-LD object that describes the article (an Article type first, else any object with a date or headline).</summary>
    private static JsonLdFields? JsonLdArticle(IDocument document)
    {
        JsonLdFields? fallback = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException)
            {
                continue; // a broken JSON-LD block says nothing; the meta tags may still
            }
            using (json)
            {
                foreach (var node in Objects(json.RootElement))
                {
                    var fields = new JsonLdFields(String(node, "headline") ?? String(node, "name"), UrlOf(node), PublisherOf(node),
                        String(node, "datePublished") ?? String(node, "dateCreated"));
                    if (IsArticle(node)) return fields;
                    if (fallback is null && (fields.DatePublished is not null || String(node, "headline") is not null)) fallback = fields;
                }
            }
        }
        return fallback;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Objects(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Objects(graph)) yield return inner;
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase));
    }

    private static string? String(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? StringOf(value) : null;

    private static string? StringOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => value.EnumerateArray().Select(StringOf).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static string? UrlOf(JsonElement node)
    {
        if (String(node, "url") is { } url) return url;
        if (!node.TryGetProperty("mainEntityOfPage", out var page)) return null;
        return page.ValueKind == JsonValueKind.Object ? String(page, "@id") ?? String(page, "url") : StringOf(page);
    }

    private static string? PublisherOf(JsonElement node)
    {
        if (!node.TryGetProperty("publisher", out var publisher)) return null;
        if (publisher.ValueKind == JsonValueKind.Array) publisher = publisher.EnumerateArray().FirstOrDefault();
        return publisher.ValueKind == JsonValueKind.Object ? String(publisher, "name") : StringOf(publisher);
    }
}
