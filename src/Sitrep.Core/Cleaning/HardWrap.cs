namespace Sitrep.Cleaning;

/// <summary>
/// Tells a text whose paragraphs were broken into lines of a fixed width (wire services, teletype archives, plain-text
/// mail) from one with a paragraph per line. In a hard-wrapped text a line break inside a paragraph is only a space:
/// sentences run across it, and a place at the start of a line is no dateline.
/// </summary>
/// <remarks>
/// The test: the longest line is at most <see cref="MaxWidth"/> characters, and of the lines followed by another
/// (non-blank) line, at least <see cref="MinWrapped"/> are there and at least <see cref="FullShare"/> of them are
/// filled to within <see cref="Slack"/> characters of the longest. A text with a paragraph per line has long lines;
/// a list of short lines (a table, a poem, a caption block) is not filled to one width.
/// </remarks>
public static class HardWrap
{
    public const int MaxWidth = 100;
    public const int MinWidth = 40;
    public const int MinWrapped = 3;
    public const int Slack = 25;
    public const double FullShare = 0.8;

    public static bool IsHardWrapped(string text)
    {
        var width = 0;
        for (var start = 0; start <= text.Length;)
        {
            var end = LineEnd(text, start);
            width = Math.Max(width, TrimmedEnd(text, start, end) - start);
            if (width > MaxWidth) return false;
            if (end >= text.Length) break;
            start = end + 1;
        }
        if (width < MinWidth) return false;
        int followed = 0, full = 0;
        var previousLength = -1;
        for (var start = 0; start <= text.Length;)
        {
            var end = LineEnd(text, start);
            var length = TrimmedEnd(text, start, end) - start;
            var blank = IsBlank(text, start, end);
            if (!blank && previousLength >= 0)
            {
                followed++;
                if (previousLength >= width - Slack) full++;
            }
            previousLength = blank ? -1 : length;
            if (end >= text.Length) break;
            start = end + 1;
        }
        return followed >= MinWrapped && full >= followed * FullShare;
    }

    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    private static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && LineKey.IsBlank(text[end - 1])) end--;
        return end;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!LineKey.IsBlank(text[i])) return false;
        return true;
    }
}
