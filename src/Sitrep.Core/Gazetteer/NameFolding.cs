using System.Globalization;
using System.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The spelling-folded key under which place names are indexed and looked up: lower case, accents removed,
/// apostrophes dropped, hyphens and periods made spaces, doubled letters made single ("Hassakah" = "Hasakah").
/// <see cref="WithoutArticle"/> drops a leading Arabic article ("al-Qamishli" = "Qamishli").
/// </summary>
public static class NameFolding
{
    private static readonly string[] Articles = ["al ", "el ", "as ", "ar ", "ad ", "at ", "az ", "ash ", "an ", "ath ", "adh "];

    public static string Fold(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length + 4);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            if (raw < 128)
            {
                if (char.IsAsciiLetterOrDigit(raw)) Append(sb, char.ToLowerInvariant(raw), ref pendingSpace);
                else if (raw is '\'' or '`') { }
                else pendingSpace = sb.Length > 0;
                continue;
            }
            var special = Special(raw);
            if (special is not null)
            {
                foreach (var c in special) Append(sb, c, ref pendingSpace);
                continue;
            }
            if (raw is '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' or '\u2032') continue;
            if (LatinBase.Of(raw) is { } letter) Append(sb, letter, ref pendingSpace);
            else if (char.IsLetterOrDigit(raw)) Append(sb, char.ToLowerInvariant(raw), ref pendingSpace);
            else if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) { }
            else pendingSpace = sb.Length > 0;
        }
        return sb.ToString();
    }

    public static string Fold(string name) => Fold(name.AsSpan());

    /// <summary>The folded key without a leading Arabic article, or null when it has none (or too little is left).</summary>
    public static string? WithoutArticle(string folded)
    {
        foreach (var article in Articles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal) && folded.Length - article.Length >= 4)
                return folded[article.Length..];
        }
        return null;
    }

    private static void Append(StringBuilder sb, char c, ref bool pendingSpace)
    {
        if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
        else if (sb.Length > 0 && sb[^1] == c && char.IsLetter(c)) return;
        sb.Append(c);
    }

    private static string? Special(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'ı' => "i",
        'þ' or 'Þ' => "th",
        'ð' or 'Ð' => "d",
        _ => null,
    };
}
