namespace Sitrep.Cleaning;

/// <summary>
/// Reads a page laid out in two columns side by side (a print edition's e-paper text, a PDF's text layer), whose lines
/// each hold a line of the left column and a line of the right one, in reading order: the left column's lines first,
/// then the right column's. A sentence then runs on the next line of its own column, not across the gutter.
/// </summary>
/// <remarks>
/// A block of columns is a run of consecutive lines split at one character position by a gutter: a bar ('|' or '│')
/// with a space before it, or at least three spaces (<see cref="Kind.Spaces"/>). It needs clear evidence: at least
/// <see cref="MinRows"/> lines with words on both sides, the gutter at least <see cref="MinGutter"/> characters in,
/// and prose in both columns (at least half those lines with <see cref="MinPart"/> characters or more on each side). A
/// table is none: a line with a tab, with another bar, or with another run of three spaces on either side of the
/// gutter breaks the block, and a list of labels and values has short left parts. A line is returned as the range of
/// the original text it covers (without its "\n"), so the cleaner's offsets still point into the original text.
/// </remarks>
public static class Columns
{
    /// <summary>The fewest lines with words on both sides of the gutter that make a block of columns.</summary>
    public const int MinRows = 6;

    /// <summary>The smallest position of the gutter in its lines.</summary>
    public const int MinGutter = 20;

    /// <summary>The length a column's part of a line has in prose (a table's or a list's cells are shorter).</summary>
    public const int MinPart = 15;

    private enum Kind { Bar, Spaces }

    private enum Row { None, Full, Left, Right, Empty, LeftAlone }

    /// <summary>The text's lines as ranges (start, end without the "\n") in reading order, each block of columns re-flowed.</summary>
    public static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, end));
            if (newline < 0) break;
            start = newline + 1;
        }
        if (text.IndexOf("   ", StringComparison.Ordinal) < 0 && text.IndexOf(" |", StringComparison.Ordinal) < 0 && text.IndexOf(" \u2502", StringComparison.Ordinal) < 0)
            return lines;
        var read = new List<(int Start, int End)>(lines.Count);
        for (var i = 0; i < lines.Count;)
        {
            if (Block(text, lines, i) is not var (gutter, rows, extra))
            {
                read.Add(lines[i++]);
                continue;
            }
            for (var k = i; k < i + rows; k++)
            {
                var (start, end) = lines[k];
                read.Add((start, Math.Min(end, start + gutter)));
            }
            for (var k = i + rows; k < i + rows + extra; k++) read.Add(lines[k]);
            for (var k = i; k < i + rows; k++)
            {
                var (start, end) = lines[k];
                read.Add((Math.Min(end, start + gutter + 1), end));
            }
            i += rows + extra;
        }
        return read;
    }

    /// <summary>The lines of <paramref name="ranges"/> joined by "\n": the text as read.</summary>
    public static string Read(string text, List<(int Start, int End)> ranges) =>
        string.Join("\n", ranges.Select(r => text[r.Start..r.End]));

    /// <summary>
    /// The block of columns that starts at line <paramref name="first"/>: the gutter's position, the number of its lines
    /// and of the lines after it that go on with the left column alone (its sentence broken across them); null if none.
    /// </summary>
    private static (int Gutter, int Rows, int Extra)? Block(string text, List<(int Start, int End)> lines, int first)
    {
        var line = Span(text, lines[first]);
        if (line.Length <= MinGutter + 1) return null;
        (int Gutter, int Rows, int Extra)? best = null;
        var bestFull = 0;
        for (var g = MinGutter; g < line.Length - 1; g++)
        {
            Kind kind;
            if (line[g] is '|' or '\u2502' && line[g - 1] == ' ') kind = Kind.Bar;
            else if (line[g] == ' ' && line[g - 1] == ' ' && line[g - 2] == ' ' && line[g + 1] != ' ') kind = Kind.Spaces;
            else continue;
            if (Classify(line, g, kind, out _, out _) != Row.Full) continue;
            int rows = 0, full = 0, prose = 0, lastGutter = 0;
            for (var k = first; k < lines.Count; k++)
            {
                var row = Classify(Span(text, lines[k]), g, kind, out var left, out var right);
                if (row == Row.None) break;
                rows++;
                if (row != Row.LeftAlone) lastGutter = rows;
                if (row != Row.Full) continue;
                full++;
                if (left >= MinPart && right >= MinPart) prose++;
            }
            rows = lastGutter; // a line of the left column alone after the gutter's last line goes on only as Extra below
            if (full < MinRows || prose * 2 < full || full <= bestFull) continue;
            bestFull = full;
            best = (g, rows, 0);
        }
        if (best is not var (gutter, count, _)) return null;
        // the left column's sentence broken across lines under the block ("... until the week-" / "end.")
        var extra = 0;
        var previous = Left(Span(text, lines[first + count - 1]), gutter);
        while (first + count + extra < lines.Count && SoftWrapBreaks(previous))
        {
            var next = Span(text, lines[first + count + extra]);
            var trimmed = next.Trim();
            if (trimmed.IsEmpty || next.TrimEnd().Length > gutter - 2 || !char.IsLower(trimmed[0])) break;
            extra++;
            previous = trimmed;
        }
        return (gutter, count, extra);
    }

    private static ReadOnlySpan<char> Left(ReadOnlySpan<char> line, int gutter) => line[..Math.Min(line.Length, gutter)].Trim();

    /// <summary>The line ends mid-sentence: on a letter, a comma or a word's hyphen.</summary>
    private static bool SoftWrapBreaks(ReadOnlySpan<char> line) =>
        line.Length > 0 && (char.IsLetter(line[^1]) || line[^1] == ',' || (line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2])));

    private static ReadOnlySpan<char> Span(string text, (int Start, int End) range)
    {
        var span = text.AsSpan(range.Start, range.End - range.Start);
        return span.Length > 0 && span[^1] == '\r' ? span[..^1] : span;
    }

    /// <summary>How the line stands to a gutter at <paramref name="g"/>, with the lengths of its trimmed parts.</summary>
    private static Row Classify(ReadOnlySpan<char> line, int g, Kind kind, out int left, out int right)
    {
        left = right = 0;
        if (line.IsEmpty || line.IndexOf('\t') >= 0) return Row.None;
        line = line.TrimEnd();
        if (line.IsEmpty) return Row.None;
        ReadOnlySpan<char> l, r;
        if (line.Length <= g - 2)
        {
            // a line of the left column alone (the right one ended higher up)
            l = line.Trim();
            if (!Cell(l)) return Row.None;
            left = l.Length;
            return Row.LeftAlone;
        }
        if (kind == Kind.Bar)
        {
            if (line.Length <= g || line[g] is not ('|' or '\u2502') || line[g - 1] != ' ') return Row.None;
            if (g + 1 < line.Length && line[g + 1] != ' ') return Row.None;
        }
        else if (line.Length <= g + 1 || line[g] != ' ' || line[g - 1] != ' ' || line[g - 2] != ' ') return Row.None;
        l = line[..g].Trim();
        r = g + 1 < line.Length ? line[(g + 1)..].Trim() : [];
        if (!Cell(l) || !Cell(r)) return Row.None;
        (left, right) = (l.Length, r.Length);
        return (l.IsEmpty, r.IsEmpty) switch
        {
            (false, false) => Row.Full,
            (false, true) => Row.Left,
            (true, false) => Row.Right,
            _ => Row.Empty,
        };
    }

    /// <summary>A column's part of a line: no bar and no other gutter in it (a table's row has more cells).</summary>
    private static bool Cell(ReadOnlySpan<char> part) =>
        part.IndexOfAny('|', '\u2502') < 0 && part.IndexOf("   ", StringComparison.Ordinal) < 0;
}
