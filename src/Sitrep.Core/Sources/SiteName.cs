using Sitrep.Model;

namespace Sitrep.Sources;

/// <summary>
/// The names of the site an article comes from, which are not part of its text: what a page title carries after its
/// headline ("… | News 12 Riverside", "… « KXYZ Riverside", see <see cref="Headline"/>), the article's outlet, and the
/// site's sections in its web address ("riverside.example.com", "/news/riverside/…", see <see cref="AddressSections"/>).
/// They may name the article's home, a hint for telling one town from its namesakes.
/// </summary>
public static class SiteName
{
    /// <summary>The site's names, one a line, or null when the article gives none.</summary>
    public static string? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parts = new List<string>(4);
        if (article.Title is { } title && Headline.Of(title) is { } headline)
        {
            var full = title.Trim();
            // the headline is what is left of the title's start once the site names are cut off its end
            if (full.Length > headline.Length && full.StartsWith(headline, StringComparison.Ordinal)) parts.Add(full[headline.Length..].Trim());
        }
        if (!string.IsNullOrWhiteSpace(article.Outlet)) parts.Add(article.Outlet.Trim());
        parts.AddRange(AddressSections(article.Url ?? AddressLine(article.Text)));
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    /// <summary>
    /// The top-level domain of the article's web address ("re" of https://www.example.re/…, "uk" of …co.uk), lower-case,
    /// or null when it has none. Whether it names a country is the gazetteer's to say (Gazetteer.CountryOfDomain).
    /// </summary>
    public static string? TopLevelDomain(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (WebAddress(article.Url ?? AddressLine(article.Text)) is not { HostNameType: UriHostNameType.Dns } uri) return null;
        var host = uri.Host.TrimEnd('.');
        var dot = host.LastIndexOf('.');
        return dot < 0 ? null : host[(dot + 1)..].ToLowerInvariant();
    }

    /// <summary>Most words in a section of a web address's path; a longer part is a story's slug ("gunman-kills-two-at-mall").</summary>
    private const int SectionWords = 3;

    /// <summary>
    /// The names a web address gives its site's local edition or section, capitalised like names ("Riverside", "New York"):
    /// the host's labels before the site's own domain ("riverside" of riverside.news9.example) and the path's parts
    /// before its last, of at most <see cref="SectionWords"/> hyphenated words and without digits ("new-york",
    /// "riverside" of /new-york/riverside/2024/gunman-kills-two). Never the story's slug nor a date or an id.
    /// </summary>
    public static IEnumerable<string> AddressSections(string? address)
    {
        if (WebAddress(address) is not { } uri) yield break;
        var labels = uri.Host.Split('.');
        for (var i = 0; i < labels.Length - 2; i++)
            if (!labels[i].Equals("www", StringComparison.OrdinalIgnoreCase) && Section(labels[i]) is { } label) yield return label;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
            if (Section(Uri.UnescapeDataString(segments[i])) is { } section) yield return section;
    }

    /// <summary>An http or https address as a <see cref="Uri"/>, or null for none or any other kind.</summary>
    private static Uri? WebAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>A part of an address as a name ("new-york" → "New York"), or null for an id, a date or a slug.</summary>
    private static string? Section(string part)
    {
        var words = part.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > SectionWords) return null;
        foreach (var w in words)
            if ((w.Length < 3 && words.Length == 1) || !w.All(char.IsLetter)) return null;
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    /// <summary>
    /// The web address a text opens with, on a line of its own (some corpora keep the page's address as its first line,
    /// a few with spaces around its punctuation: "http: / / example. com / news / …"), or null.
    /// </summary>
    private static string? AddressLine(string text)
    {
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).Trim();
        if (!line.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        var address = string.Concat(line.Where(ch => !char.IsWhiteSpace(ch)));
        return address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? address : null;
    }
}
