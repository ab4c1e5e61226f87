using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// A table written with pipes, as pages and releases render one in plain text: a header row, a rule of dashes, then a row
/// per line ("| Site | Killed | Wounded |", "|---|---|---|", "| Riverton | 2 | 5 |"). It finds the cells of a row's line and
/// the header row above it; what the cells mean is for the reader that asks.
/// </summary>
public static class PipeTable
{
    /// <summary>The fewest cells a row has to be a table's (a label and one figure).</summary>
    private const int MinCells = 2;

    /// <summary>The cells of the row whose line holds <paramref name="at"/>, empty when that line is no table row.</summary>
    public static List<TextSpan> CellsAt(string text, int at)
    {
        var (start, end) = LineAround(text, at);
        return Cells(text, start, end);
    }

    /// <summary>
    /// The header cells of the table whose data row holds <paramref name="at"/>: the first line of the run of rows above
    /// it, when a rule of dashes follows it; empty when the line is no data row of such a table.
    /// </summary>
    public static List<TextSpan> HeaderAbove(string text, int at)
    {
        var (start, _) = LineAround(text, at);
        if (Cells(text, start, LineAround(text, start).End).Count == 0 || IsRule(text, start)) return [];
        var header = -1;
        var rule = -1;
        for (var line = PreviousLine(text, start); line >= 0; line = PreviousLine(text, line))
        {
            var end = LineAround(text, line).End;
            if (Cells(text, line, end).Count == 0) break;
            if (IsRule(text, line)) { rule = line; continue; }
            if (rule >= 0 && header < 0) { header = line; break; }
        }
        if (header < 0) return [];
        return Cells(text, header, LineAround(text, header).End);
    }

    /// <summary>The start and end of the line that holds <paramref name="at"/> (the end before its line break).</summary>
    private static (int Start, int End) LineAround(string text, int at)
    {
        var start = Math.Clamp(at, 0, text.Length);
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        var end = Math.Clamp(at, 0, text.Length);
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        return (start, end);
    }

    /// <summary>The start of the line before the one that starts at <paramref name="start"/>, skipping one blank line break pair; -1 at the top.</summary>
    private static int PreviousLine(string text, int start)
    {
        var end = start;
        if (end > 0 && text[end - 1] == '\n') end--;
        if (end > 0 && text[end - 1] == '\r') end--;
        if (end == start || end == 0) return -1;
        return LineAround(text, end - 1).Start;
    }

    /// <summary>The cells between the pipes of a line that opens and closes with one, trimmed; empty when it does not.</summary>
    private static List<TextSpan> Cells(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        var lead = line.Length - line.TrimStart().Length;
        var trimmed = line.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '|' || trimmed[^1] != '|') return [];
        var cells = new List<TextSpan>();
        var open = start + lead + 1;
        for (var i = open; i < start + lead + trimmed.Length; i++)
        {
            if (text[i] != '|') continue;
            var a = open;
            var b = i;
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            cells.Add(new TextSpan(a, b));
            open = i + 1;
        }
        return cells.Count >= MinCells ? cells : [];
    }

    /// <summary>The line is the rule under a header: cells of dashes and colons only ("|---|:--:|").</summary>
    private static bool IsRule(string text, int start)
    {
        var cells = Cells(text, start, LineAround(text, start).End);
        return cells.Count > 0 && cells.All(c => c.End > c.Start && text.AsSpan(c.Start, c.End - c.Start).Trim("-: ").IsEmpty);
    }
}
