using Sitrep.Model;

namespace Sitrep.Sources;

/// <summary>
/// The names of the site an article comes from, which are not part of its text: what a page title carries after its
/// headline ("… | News 12 Riverside", "… « KXYZ Riverside", see <see cref="Headline"/>) and the article's outlet. They
/// may name the article's home, a hint for telling one town from its namesakes.
/// </summary>
public static class SiteName
{
    /// <summary>The site's names, one a line, or null when the article gives none.</summary>
    public static string? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parts = new List<string>(2);
        if (article.Title is { } title && Headline.Of(title) is { } headline)
        {
            var full = title.Trim();
            // the headline is what is left of the title's start once the site names are cut off its end
            if (full.Length > headline.Length && full.StartsWith(headline, StringComparison.Ordinal)) parts.Add(full[headline.Length..].Trim());
        }
        if (!string.IsNullOrWhiteSpace(article.Outlet)) parts.Add(article.Outlet.Trim());
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }
}
