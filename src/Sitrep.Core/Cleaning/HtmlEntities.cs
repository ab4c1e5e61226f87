using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A page saved as its markup, or text copied out of it, keeps the markup's character references: named ones
/// ("&amp;oacute;", "&amp;amp;", "&amp;nbsp;") and numeric ones ("&amp;#233;", "&amp;#x27;"). The cleaner reads such a
/// text decoded (<see cref="Decode"/>): each reference is the character it stands for (a no-break space a plain space),
/// and the <see cref="OffsetMap"/> leads that character back to the whole reference (<see cref="OffsetMap.Replace"/>),
/// so a span that starts or ends on it quotes the reference whole. An ampersand that opens no known reference
/// ("R&amp;D", "&amp;foo;") stays as written.
/// </summary>
public static class HtmlEntities
{
    private static readonly Regex Reference = new(@"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the text holds at least one character reference that decodes to something else.</summary>
    public static bool Has(string text)
    {
        if (text.IndexOf('&') < 0) return false;
        foreach (Match m in Reference.Matches(text))
            if (Decoded(m.Value) is not null) return true;
        return false;
    }

    /// <summary>The decoded text, and the map from it back to <paramref name="text"/>.</summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var kept = 0; // where the run of characters kept as they are begins
        foreach (Match m in Reference.Matches(text))
        {
            if (Decoded(m.Value) is not { } chars) continue;
            map.Keep(kept, m.Index - kept);
            decoded.Append(text, kept, m.Index - kept);
            map.Replace(m.Index, m.Length, chars.Length);
            decoded.Append(chars);
            kept = m.Index + m.Length;
        }
        map.Keep(kept, text.Length - kept);
        decoded.Append(text, kept, text.Length - kept);
        return (decoded.ToString(), map);
    }

    /// <summary>What a reference stands for, a no-break space read as a space; null when it is no known reference.</summary>
    private static string? Decoded(string reference)
    {
        var chars = WebUtility.HtmlDecode(reference);
        if (chars == reference || chars.Length == 0) return null;
        return chars.Replace('\u00A0', ' ');
    }
}
