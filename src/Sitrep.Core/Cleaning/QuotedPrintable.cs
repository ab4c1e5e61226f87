using System.Text;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// An e-mail saved as its raw text, its body still in quoted-printable transfer encoding: a byte the encoding does not
/// carry as itself is written "=" and two capital hex digits ("=20" a space, "=3D" an equals sign, "=E2=80=99" the
/// three bytes of a curly apostrophe in UTF-8), and a line longer than the encoding allows is broken by a soft line
/// break, an "=" at its end, that may fall inside a word ("Ra=" / "fah") or between the bytes of one character. The
/// cleaner reads such a text decoded (<see cref="Decode"/>): the soft breaks removed, the escapes turned back into their
/// characters (each an inserted character of the <see cref="OffsetMap"/>, mapped to where its escape begins).
/// </summary>
public static class QuotedPrintable
{
    /// <summary>The fewest soft line breaks, and the fewest escapes, that make a text quoted-printable.</summary>
    public const int MinMarks = 2;

    /// <summary>
    /// Whether the text is quoted-printable: it has at least <see cref="MinMarks"/> soft line breaks and as many
    /// escapes. A line of "=" alone (a heading's underline) is no soft break, nor is a line ending in "==".
    /// </summary>
    public static bool IsEncoded(string text)
    {
        var (breaks, escapes) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '=') continue;
            if (SoftBreakLength(text, i) > 0) breaks++;
            else if (IsEscape(text, i)) escapes++;
            if (breaks >= MinMarks && escapes >= MinMarks) return true;
        }
        return false;
    }

    /// <summary>
    /// The decoded text, and the map from it back to <paramref name="text"/>: every character kept as it was maps to
    /// itself, every character decoded from escapes to its first escape. Bytes that are no UTF-8 become U+FFFD.
    /// </summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var bytes = new List<byte>();
        var bytesAt = -1; // where the first pending escape begins
        var runStart = -1; // where the run of characters kept as they are begins
        void FlushRun(int end)
        {
            if (runStart < 0) return;
            map.Keep(runStart, end - runStart);
            decoded.Append(text, runStart, end - runStart);
            runStart = -1;
        }
        void FlushBytes()
        {
            if (bytes.Count == 0) return;
            var chars = Encoding.UTF8.GetString(bytes.ToArray());
            map.InsertAt(bytesAt, chars.Length);
            decoded.Append(chars);
            bytes.Clear();
        }
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '=' && SoftBreakLength(text, i) is var soft and > 0)
            {
                FlushRun(i);
                i += soft;
            }
            else if (text[i] == '=' && IsEscape(text, i))
            {
                FlushRun(i);
                if (bytes.Count == 0) bytesAt = i;
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 3;
            }
            else
            {
                FlushBytes();
                if (runStart < 0) runStart = i;
                i++;
            }
        }
        FlushRun(text.Length);
        FlushBytes();
        return (decoded.ToString(), map);
    }

    /// <summary>The length of the soft line break at <paramref name="i"/> ("=" then "\n" or "\r\n", trailing spaces allowed between), or 0.</summary>
    private static int SoftBreakLength(string text, int i)
    {
        if (i > 0 && text[i - 1] is '=' or '\n') return 0; // "==" or a line of "=" alone
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j < text.Length && text[j] == '\r') j++;
        if (j >= text.Length || text[j] != '\n') return 0;
        return j + 1 - i;
    }

    /// <summary>"=" and two capital hex digits at <paramref name="i"/>.</summary>
    private static bool IsEscape(string text, int i) =>
        i + 2 < text.Length && char.IsAsciiHexDigitUpper(text[i + 1]) && char.IsAsciiHexDigitUpper(text[i + 2])
        && (i == 0 || text[i - 1] != '='); // "==20" is no escape
}
