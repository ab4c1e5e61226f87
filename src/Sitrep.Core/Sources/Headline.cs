namespace Sitrep.Sources;

/// <summary>
/// The headline is part of the document: most feeds give it as a separate title field and leave it out of the body,
/// yet it is often the only sentence that names the place and the toll ("Man shot, killed on the west side").
/// The document text as ingested is therefore the headline, a blank line, then the body, unless the body already
/// opens with it. Site names that page titles carry ("… | News 4", "… « KXYZ Riverside", "… - The Daily Star") are
/// left out of the headline.
/// </summary>
public static class Headline
{
    /// <summary>How many of the body's first non-blank lines are searched for the headline.</summary>
    private const int OpeningLines = 4;

    /// <summary>The longest trailing " - " segment taken for a site or section name, in words.</summary>
    private const int SiteNameWords = 5;

    /// <summary>The text to store for an article with this title and body.</summary>
    public static string Prepend(string? title, string body)
    {
        var headline = Of(title);
        if (headline is null || Opens(body, headline)) return body;
        return headline + "\n\n" + body;
    }

    /// <summary>The title without the site names a page title carries, or null when nothing is left.</summary>
    public static string? Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var text = title.Trim();
        foreach (var separator in new[] { " | ", " « ", " :: " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0) text = text[..at].TrimEnd();
        }
        while (true)
        {
            var at = text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (at <= 0 || !LooksLikeSiteName(text[(at + 3)..])) break;
            text = text[..at].TrimEnd();
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>"Riverside Daily Times", "News", "KXYZ.com-Riverside, Ohio": a few words, each capitalised, no sentence.</summary>
    private static bool LooksLikeSiteName(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > SiteNameWords) return false;
        return words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w is "of" or "the" or "and" or "in" or "on");
    }

    private static bool Opens(string body, string headline)
    {
        var key = Key(headline);
        if (key.Length == 0) return true;
        var seen = 0;
        foreach (var line in body.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            if (Key(line).StartsWith(key, StringComparison.Ordinal)) return true;
            if (++seen >= OpeningLines) break;
        }
        return false;
    }

    /// <summary>Letters and digits only, lower case: "Dozens dead in Syria" and "Dozens dead in\u00a0Syria" agree.</summary>
    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
