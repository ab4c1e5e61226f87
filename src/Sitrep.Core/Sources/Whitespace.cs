using System.Text;

namespace Sitrep.Sources;

/// <summary>HTML's white space rules: runs of space, tab, CR, LF and FF count as one space (a no-break space is text).</summary>
internal static class Whitespace
{
    public static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (IsHtmlSpace(c)) { pending = result.Length > 0; continue; }
            if (pending) result.Append(' ');
            pending = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
