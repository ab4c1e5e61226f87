using System.Text;

namespace Sitrep.Cleaning;

/// <summary>A line as compared with another: white space runs (no-break spaces too) as one space, trimmed, case folded.</summary>
public static class LineKey
{
    public static string Of(ReadOnlySpan<char> line)
    {
        var key = new StringBuilder(line.Length);
        var pending = false;
        foreach (var c in line)
        {
            if (IsBlank(c)) { pending = key.Length > 0; continue; }
            if (pending) key.Append(' ');
            pending = false;
            key.Append(char.ToUpperInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>White space, including no-break and zero-width spaces that scrapers leave at line ends.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
