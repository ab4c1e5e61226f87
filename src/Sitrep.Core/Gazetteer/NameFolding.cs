using System.Globalization;
using Sitrep.Lexicons;

namespace Sitrep.Gazetteer;

/// <summary>
/// The spelling-folded key under which place names are indexed and looked up: lower case, accents removed,
/// apostrophes dropped, hyphens and periods made spaces, doubled letters made single ("Hassakah" = "Hasakah").
/// <see cref="WithoutArticle"/> drops a leading Arabic article ("al-Qamishli" = "Qamishli").
/// </summary>
public static class NameFolding
{
    /// <summary>The Arabic articles (with their space) that <see cref="WithoutArticle"/> drops.</summary>
    internal static readonly string[] Articles = ["al ", "el ", "as ", "ar ", "ad ", "at ", "az ", "ash ", "an ", "ath ", "adh "];

    public static string Fold(ReadOnlySpan<char> name)
    {
        var size = MaxFoldedLength(name.Length);
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        return new string(buffer[..Fold(name, buffer)]);
    }

    public static string Fold(string name) => Fold(name.AsSpan());

    /// <summary><see cref="Fold(ReadOnlySpan{char})"/>, pooled per thread: a word folded before costs no allocation.</summary>
    internal static string FoldPooled(ReadOnlySpan<char> name)
    {
        var size = MaxFoldedLength(name.Length);
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        return StringPool.Get(buffer[..Fold(name, buffer)]);
    }

    /// <summary>The most characters the folded form of <paramref name="length"/> characters can have ("ß" is "ss", a space may come before).</summary>
    internal static int MaxFoldedLength(int length) => 3 * length + 1;

    /// <summary>Writes the folded form of <paramref name="name"/> to <paramref name="destination"/> (at least <see cref="MaxFoldedLength"/> long); returns its length.</summary>
    internal static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in name)
        {
            if (raw < 128)
            {
                if (char.IsAsciiLetterOrDigit(raw)) Append(destination, ref length, char.ToLowerInvariant(raw), ref pendingSpace);
                else if (raw is '\'' or '`') { }
                else pendingSpace = length > 0;
                continue;
            }
            var special = Special(raw);
            if (special is not null)
            {
                foreach (var c in special) Append(destination, ref length, c, ref pendingSpace);
                continue;
            }
            if (raw is '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' or '\u2032') continue;
            if (LatinBase.Of(raw) is { } letter) Append(destination, ref length, letter, ref pendingSpace);
            else if (char.IsLetterOrDigit(raw)) Append(destination, ref length, char.ToLowerInvariant(raw), ref pendingSpace);
            else if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) { }
            else pendingSpace = length > 0;
        }
        return length;
    }

    /// <summary>Whether <paramref name="c"/> is an apostrophe or a transliteration mark for a glottal stop or an ʿayn.</summary>
    internal static bool IsApostrophe(char c) =>
        c is '\'' or '`' or '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' or '\u2032';

    /// <summary>
    /// Whether an apostrophe stands between two letters that fold to the same one ("Ma'an", "Sa‘ada"): <see cref="Fold(ReadOnlySpan{char})"/>
    /// makes them one letter, as it does a doubled letter.
    /// </summary>
    internal static bool JoinsAcrossApostrophe(ReadOnlySpan<char> name)
    {
        for (var i = 1; i + 1 < name.Length; i++)
        {
            if (!IsApostrophe(name[i]) || !char.IsLetter(name[i - 1]) || !char.IsLetter(name[i + 1])) continue;
            if (Fold(name.Slice(i - 1, 1)) == Fold(name.Slice(i + 1, 1))) return true;
        }
        return false;
    }

    /// <summary>
    /// The letters and digits of a name, lower case and without accents, with nothing made single and no spaces or marks:
    /// "Ma'an" is "maan", "Man" is "man", "Bi’r al ‘Abd" and "Bi'r al-Abd" are both "biralabd".
    /// </summary>
    internal static string Spelled(ReadOnlySpan<char> name)
    {
        var letters = new System.Text.StringBuilder(name.Length);
        foreach (var raw in name)
        {
            if (Special(raw) is { } special) letters.Append(special);
            else if (raw < 128) { if (char.IsAsciiLetterOrDigit(raw)) letters.Append(char.ToLowerInvariant(raw)); }
            else if (LatinBase.Of(raw) is { } letter) letters.Append(letter);
            else if (char.IsLetterOrDigit(raw) && !(raw is >= '\u02B0' and <= '\u02FF')) letters.Append(char.ToLowerInvariant(raw));
        }
        return letters.ToString();
    }

    /// <summary>The folded key without a leading Arabic article, or null when it has none (or too little is left).</summary>
    public static string? WithoutArticle(string folded)
    {
        var length = ArticleLength(folded);
        return length > 0 ? folded[length..] : null;
    }

    /// <summary>The length of the leading Arabic article (with its space) that <see cref="WithoutArticle"/> drops, or 0.</summary>
    internal static int ArticleLength(ReadOnlySpan<char> folded)
    {
        foreach (var article in Articles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal) && folded.Length - article.Length >= 4)
                return article.Length;
        }
        return 0;
    }

    private static void Append(Span<char> destination, ref int length, char c, ref bool pendingSpace)
    {
        if (pendingSpace) { destination[length++] = ' '; pendingSpace = false; }
        else if (length > 0 && destination[length - 1] == c && char.IsLetter(c)) return;
        destination[length++] = c;
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

    /// <summary>
    /// A gazetteer name as shown to people: the accented Latin letters by their base letters, case kept, and the
    /// transliteration marks (ʿ, ʾ) left out: "Ţarţūs" is shown "Tartus", "Al Ḩasakah" "Al Hasakah".
    /// </summary>
    public static string Ascii(string name)
    {
        var ascii = true;
        foreach (var c in name) if (c >= 128) { ascii = false; break; }
        if (ascii) return name;
        var result = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c < 128) result.Append(c);
            else if (LatinBase.Of(c) is { } b) result.Append(char.IsUpper(c) ? char.ToUpperInvariant(b) : b);
            else if (c is >= '\u02B0' and <= '\u02FF') continue;
            else result.Append(c);
        }
        return result.ToString();
    }
}
