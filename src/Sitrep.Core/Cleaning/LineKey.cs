using System.Buffers;

namespace Sitrep.Cleaning;

/// <summary>A line as compared with another: white space runs (no-break spaces too) as one space, trimmed, case folded.</summary>
public static class LineKey
{
    public static string Of(ReadOnlySpan<char> line)
    {
        // the key is never longer than the line: each character gives at most one, a space only after blanks
        char[]? rented = null;
        var key = line.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        var length = 0;
        var pending = false;
        foreach (var c in line)
        {
            if (IsBlank(c)) { pending = length > 0; continue; }
            if (pending) key[length++] = ' ';
            pending = false;
            key[length++] = char.ToUpperInvariant(c);
        }
        var result = new string(key[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>White space, including no-break and zero-width spaces that scrapers leave at line ends.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
