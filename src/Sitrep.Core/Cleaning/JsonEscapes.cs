using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A page that is a JSON response saved as it came (an API's answer, a developer console's view) keeps its strings'
/// escapes: "\u00e9" for "é", "\n" for a line break, "\"" for a quotation mark. Its story then reads as one line with
/// its places misspelled ("Bogot\u00e1"). The cleaner reads such a text decoded (<see cref="Decode"/>): each escape is
/// the character it stands for (a tab a space), and the <see cref="OffsetMap"/> leads that character back to the whole
/// escape (<see cref="OffsetMap.Replace"/>), so a span over it quotes the escape as written. A text is taken for one only
/// when it has a JSON field ("key": ...) and at least <see cref="MinEscapes"/> escapes (<see cref="IsEscaped"/>).
/// </summary>
public static class JsonEscapes
{
    /// <summary>The fewest escapes that make a text with a JSON field a JSON text.</summary>
    public const int MinEscapes = 2;

    /// <summary>A JSON object's field at a line's start: a quoted key and a colon ("  \"body\": ").</summary>
    private static readonly Regex Field = new(@"^\s*""[A-Za-z_][A-Za-z0-9_\-]*""\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the text is a JSON text whose strings keep their escapes: a field and at least <see cref="MinEscapes"/> escapes.</summary>
    public static bool IsEscaped(string text)
    {
        if (text.IndexOf('\\') < 0 || !Field.IsMatch(text)) return false;
        var escapes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\') continue;
            var length = EscapeLength(text, i);
            if (length == 0) continue;
            if (++escapes >= MinEscapes) return true;
            i += length - 1;
        }
        return false;
    }

    /// <summary>The decoded text, and the map from it back to <paramref name="text"/>.</summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var kept = 0; // where the run of characters kept as they are begins
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\') continue;
            var length = EscapeLength(text, i);
            if (length == 0) continue;
            var chars = Decoded(text, i, length);
            map.Keep(kept, i - kept);
            decoded.Append(text, kept, i - kept);
            map.Replace(i, length, chars.Length);
            decoded.Append(chars);
            kept = i + length;
            i += length - 1;
        }
        map.Keep(kept, text.Length - kept);
        decoded.Append(text, kept, text.Length - kept);
        return (decoded.ToString(), map);
    }

    /// <summary>
    /// The length of the escape at <paramref name="i"/>: 2 for a backslash and one of n r t b f " \ /, 6 for "\u" and
    /// four hex digits, 12 for a surrogate pair of two such; 0 for none.
    /// </summary>
    private static int EscapeLength(string text, int i)
    {
        if (i + 1 >= text.Length) return 0;
        var c = text[i + 1];
        if (c is 'n' or 'r' or 't' or 'b' or 'f' or '"' or '\\' or '/') return 2;
        if (c != 'u' || !Hex4(text, i + 2)) return 0;
        var unit = Unit(text, i + 2);
        if (char.IsHighSurrogate(unit) && i + 11 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u' && Hex4(text, i + 8)
            && char.IsLowSurrogate(Unit(text, i + 8)))
            return 12;
        return char.IsSurrogate(unit) ? 0 : 6;
    }

    /// <summary>The UTF-16 code unit written by the four hex digits at <paramref name="at"/> (checked by <see cref="Hex4"/>).</summary>
    private static char Unit(string text, int at) => (char)int.Parse(text.AsSpan(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static bool Hex4(string text, int at) =>
        at + 4 <= text.Length && char.IsAsciiHexDigit(text[at]) && char.IsAsciiHexDigit(text[at + 1]) && char.IsAsciiHexDigit(text[at + 2]) && char.IsAsciiHexDigit(text[at + 3]);

    /// <summary>What the escape stands for: a line break for "\n", nothing for "\r", a space for "\t", "\b" and "\f".</summary>
    private static string Decoded(string text, int i, int length) => text[i + 1] switch
    {
        'n' => "\n",
        'r' => "",
        't' or 'b' or 'f' => " ",
        'u' when length == 12 => new string([Unit(text, i + 2), Unit(text, i + 8)]),
        'u' => Unit(text, i + 2).ToString(),
        var c => c.ToString(),
    };
}
