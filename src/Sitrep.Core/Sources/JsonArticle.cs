using System.Text.Json;
using Sitrep.Model;

namespace Sitrep.Sources;

/// <summary>
/// Makes an <see cref="Article"/> from one JSON object: <c>id</c>, <c>text</c> or <c>html</c>, and optional <c>title</c>,
/// <c>url</c>, <c>outlet</c>, <c>published</c>; other fields are ignored. With <c>html</c>, the page's text and metadata
/// are used, the object's own fields winning.
/// </summary>
public static class JsonArticle
{
    /// <summary>The article, or null with the reason it cannot be one.</summary>
    public static Article? From(JsonElement element, string origin, out string reason)
    {
        reason = "";
        if (element.ValueKind != JsonValueKind.Object)
        {
            reason = InputErrors.NotAnObject(element.ValueKind);
            return null;
        }
        if (!TryString(element, "id", out var id, ref reason, allowNumber: true)
            || !TryString(element, "text", out var text, ref reason)
            || !TryString(element, "html", out var html, ref reason)
            || !TryString(element, "title", out var title, ref reason)
            || !TryString(element, "url", out var url, ref reason)
            || !TryString(element, "outlet", out var outlet, ref reason)
            || !TryString(element, "published", out var published, ref reason))
            return null;

        HtmlPage? page = null;
        if (text is null)
        {
            if (html is null)
            {
                reason = InputErrors.NoTextField;
                return null;
            }
            page = HtmlArticleExtractor.Extract(html);
            text = page.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                reason = InputErrors.HtmlFieldWithoutText;
                return null;
            }
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            reason = InputErrors.EmptyTextField;
            return null;
        }
        if (ArticleLimits.TextTooLong(text) is { } tooLong)
        {
            reason = tooLong;
            return null;
        }

        title = Blank(title) ?? page?.Title;
        url = Blank(url) ?? page?.Url;
        outlet = Blank(outlet) ?? page?.Outlet;
        id = Blank(id) ?? (url is not null ? Hashing.Short(url) : Hashing.Short(text));
        var date = PublishedDate.Parse(published) ?? page?.Published;
        return new Article(id, Headline.Prepend(title, text), title, url, outlet, date, origin);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryString(JsonElement element, string name, out string? value, ref string reason, bool allowNumber = false)
    {
        value = null;
        if (!element.TryGetProperty(name, out var field)) return true;
        switch (field.ValueKind)
        {
            case JsonValueKind.String:
                value = field.GetString();
                return true;
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Number when allowNumber:
                value = field.GetRawText();
                return true;
            default:
                reason = InputErrors.NotAString(name, field.ValueKind);
                return false;
        }
    }

}
