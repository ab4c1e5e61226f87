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
        if (!headline.Any(char.IsLetterOrDigit)) return true;
        var seen = 0;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (StartsWithKey(line, headline)) return true;
            if (++seen >= OpeningLines) break;
        }
        return false;
    }

    /// <summary>
    /// Whether the line opens with the headline, comparing letters and digits only, case-insensitively:
    /// "Dozens dead in Syria" and "DOZENS DEAD IN\u00a0SYRIA" agree.
    /// </summary>
    private static bool StartsWithKey(ReadOnlySpan<char> line, string headline)
    {
        var i = 0;
        foreach (var h in headline)
        {
            if (!char.IsLetterOrDigit(h)) continue;
            while (i < line.Length && !char.IsLetterOrDigit(line[i])) i++;
            if (i == line.Length || char.ToLowerInvariant(line[i]) != char.ToLowerInvariant(h)) return false;
            i++;
        }
        return true;
    }
}
