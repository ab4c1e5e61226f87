using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// A table written with pipes, as pages and releases render one in plain text: a header row, a rule of dashes, then a row
/// per line ("| Site | Killed | Wounded |", "|---|---|---|", "| Riverton | 2 | 5 |"), or without the outer pipes and the rule
/// when a run of lines splits into as many cells each under a header of words ("Date | Site | Killed" over "06 May | Riverton
/// | 2" and "07 May | Elmwood | 1"), and an export's lines of fields between " ; " under a header of field names, a rule of
/// dashes perhaps between ("event_id ; date ; place ; killed" over "TX-12 ; 06 May ; Riverton ; 2"), and a sheet pasted as
/// tab-separated text, a tab between its cells, and an export's comma-separated values under a header of field names,
/// double quotes around a field that holds commas ("id,date,place,killed" over "TX-12,2024-05-06,\"Riverton, the depot\",2"). It finds the cells of a row's line and the header row above it; what the cells mean is
/// for the reader that asks.
/// </summary>
public static class PipeTable
{
    /// <summary>The fewest cells a row has to be a table's (a label and one figure).</summary>
    private const int MinCells = 2;

    /// <summary>The fewest cells a line of a table without outer pipes has (fewer is a line of text with a pipe in it).</summary>
    private const int MinBareCells = 3;

    /// <summary>The fewest lines of a table without outer pipes: its header and two rows.</summary>
    private const int MinBareLines = 3;

    /// <summary>The cells of the row whose line holds <paramref name="at"/>, empty when that line is no table row.</summary>
    public static List<TextSpan> CellsAt(string text, int at)
    {
        var (start, end) = LineAround(text, at);
        return Cells(text, start, end);
    }

    /// <summary>
    /// The start of the line of the data row that holds <paramref name="at"/> (a row with a header above it), -1 when that
    /// line is no such row: a sentence that starts after the row's opening, in its last cell ("| 06 May || Elmwood || 2 ||
    /// A shop was hit. Police blamed a gang."), is the same row's as the sentence that opens it.
    /// </summary>
    public static int RowStart(string text, int at)
    {
        var (start, _) = LineAround(text, at);
        return CellsAt(text, start).Count > 0 && HeaderAbove(text, start).Count > 0 ? start : -1;
    }

    /// <summary>
    /// The header cells of the table whose data row holds <paramref name="at"/>: the first line of the run of rows above
    /// it, when a rule of dashes follows it; empty when the line is no data row of such a table.
    /// </summary>
    public static List<TextSpan> HeaderAbove(string text, int at)
    {
        var (start, _) = LineAround(text, at);
        if (Cells(text, start, LineAround(text, start).End).Count == 0 || IsRule(text, start)) return [];
        if (BareRunStart(text, start) is { } top)
            return top == start ? [] : Cells(text, top, LineAround(text, top).End);
        var header = -1;
        var rule = -1;
        var (rowFrom, rowEnd) = LineAround(text, start);
        var row = text.AsSpan(rowFrom, rowEnd - rowFrom).Trim();
        if (row.Length > 0 && row[0] == '|' && row[^1] != '|')
        {
            // a wiki-markup row: its header is the "! Date !! Site" line above, over rows and the "|-" lines between them
            for (var line = PreviousLine(text, start); line >= 0; line = PreviousLine(text, line))
            {
                if (IsWikiRowBreak(text, line)) continue;
                var (from, end) = LineAround(text, line);
                var cells = Cells(text, line, end);
                if (cells.Count == 0) return [];
                if (text.AsSpan(from, end - from).TrimStart()[0] == '!') return cells;
            }
            return [];
        }
        for (var line = PreviousLine(text, start); line >= 0; line = PreviousLine(text, line))
        {
            var end = LineAround(text, line).End;
            if (Cells(text, line, end).Count == 0) break;
            if (IsRule(text, line)) { rule = line; continue; }
            if (rule >= 0 && header < 0) { header = line; break; }
        }
        // a grid scraped without its rule of dashes ("| Date | Location | Dead |" over "| 12/03 | X | 4 |"): the first line
        // of a run of at least three rows of as many cells, when it holds no figure, names the fields
        if (header < 0 && rule < 0) header = RulelessHeader(text, start) ?? -1;
        if (header < 0) return [];
        return Cells(text, header, LineAround(text, header).End);
    }

    /// <summary>
    /// The start of the header line of a table with outer pipes and no rule of dashes whose row starts at
    /// <paramref name="start"/>: the first of a run of at least <see cref="MinBareLines"/> adjacent lines of as many cells,
    /// when no digit is written in it and it is not the row itself; null otherwise.
    /// </summary>
    private static int? RulelessHeader(string text, int start)
    {
        var count = Cells(text, start, LineAround(text, start).End).Count;
        var (top, lines) = RunOfLines(text, start, count, line => IsRule(text, line) ? -1 : Cells(text, line, LineAround(text, line).End).Count,
                                      PreviousLine, NextLine);
        if (top == start || lines < MinBareLines) return null;
        var (from, end) = LineAround(text, top);
        return text.AsSpan(from, end - from).ContainsAny("0123456789") ? null : top;
    }

    /// <summary>
    /// The words of a table's heading, in lower case: split at spaces, brackets, colons, slashes and the underscores of a
    /// field's name, so that "claimed_by" is read as "Claimed by" is.
    /// </summary>
    public static IEnumerable<string> HeadingWords(string heading) =>
        heading.ToLowerInvariant().Split([' ', '(', ')', ':', '/', '_'], StringSplitOptions.RemoveEmptyEntries);

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

    /// <summary>The start of the line after the one that starts at <paramref name="start"/>, skipping one blank line as <see cref="PreviousLine"/> does; -1 at the bottom.</summary>
    private static int NextLine(string text, int start)
    {
        var end = SkipBreak(text, LineAround(text, start).End);
        var blank = SkipBreak(text, end);
        if (blank > end && end < text.Length && text[end] is '\r' or '\n') end = blank;
        return end < text.Length && end > start ? end : -1;
    }

    /// <summary>The position after the line break at <paramref name="at"/> (a CR, an LF or both), itself when there is none.</summary>
    private static int SkipBreak(string text, int at)
    {
        if (at < text.Length && text[at] == '\r') at++;
        if (at < text.Length && text[at] == '\n') at++;
        return at;
    }

    /// <summary>
    /// The start of the header line of the table without outer pipes whose line starts at <paramref name="start"/>: the
    /// first of a run of at least three adjacent lines that split into as many cells (three or more), the first of them
    /// holding no cell that opens on a figure ("Date | Site | Killed"); null when the line is in no such run.
    /// </summary>
    private static int? BareRunStart(string text, int start)
    {
        var count = BareCells(text, start).Count;
        if (count < MinBareCells) return null;
        var (top, lines) = RunOfLines(text, start, count, line => BareCells(text, line).Count, Above, Below);
        if (lines < MinBareLines) return null;
        // a header names its fields: no cell of it opens on a figure ("admin1" may hold one)
        return BareCells(text, top).All(c => c.End == c.Start || !char.IsAsciiDigit(text[c.Start])) ? top : null;
    }

    /// <summary>
    /// The run of adjacent lines around the line at <paramref name="start"/> that split into <paramref name="count"/>
    /// cells each (<paramref name="cellCount"/> of a line's start), stepping with <paramref name="above"/> and
    /// <paramref name="below"/>: its first line and how many lines it holds.
    /// </summary>
    private static (int Top, int Lines) RunOfLines(string text, int start, int count, Func<int, int> cellCount,
                                                   Func<string, int, int> above, Func<string, int, int> below)
    {
        var top = start;
        for (var line = above(text, top); line >= 0 && cellCount(line) == count; line = above(text, line)) top = line;
        var lines = 1;
        for (var line = below(text, top); line >= 0 && cellCount(line) == count; line = below(text, line)) lines++;
        return (top, lines);
    }

    /// <summary>The trimmed cells between the pipes of a line that neither opens nor closes with one ("06 May | Riverton | 2").</summary>
    private static List<TextSpan> BareCells(string text, int start)
    {
        var end = LineAround(text, start).End;
        var trimmed = text.AsSpan(start, end - start).Trim();
        if (trimmed.Length == 0 || trimmed[0] == '|' || trimmed[^1] == '|') return [];
        // a sheet pasted as text: its cells between tabs, an empty cell kept in its column ("TOTALS\t\t4")
        if (trimmed.IndexOf('|') < 0 && trimmed.IndexOf('\t') >= 0) return SplitCells(text, start, end, TabSeparator);
        // an export's lines of fields between semicolons with a space on each side ("TX-12 ; 06 May ; Riverton ; 2"),
        // when the line has no pipe; a semicolon inside a field ("burned; rebuilt") has no space before it
        if (trimmed.IndexOf('|') < 0 && trimmed.IndexOf(SemicolonSeparator) >= 0) return SplitCells(text, start, end, SemicolonSeparator);
        // an export's comma-separated values: fields between bare commas, a field in double quotes may hold commas
        if (CommaCells(text, start, end) is { } fields) return fields;
        return SplitCells(text, start, end);
    }

    /// <summary>
    /// The fields of a line of comma-separated values as an export writes them (RFC 4180): fields between commas, a field
    /// in double quotes holding commas and doubled quotes ("ID-4,\"Elmwood, the depot\",2"), each cell the field's text
    /// inside its quotes, trimmed of spaces and of the quotes a quoted text keeps. Null when the line is no such line: it
    /// holds a pipe or a tab outside quotes, a quote opens inside a field or goes unclosed, a quoted field is followed by
    /// anything but a comma, or a comma parting two fields has a space after it (prose writes ", ", an export does not).
    /// </summary>
    private static List<TextSpan>? CommaCells(string text, int start, int end)
    {
        var cells = new List<TextSpan>();
        var i = start;
        while (i < end && text[i] is ' ') i++;
        while (true)
        {
            int from, to;
            if (i < end && text[i] == '"')
            {
                // a quoted field: to the quote that is not doubled
                from = i + 1;
                var j = from;
                while (j < end && !(text[j] == '"' && (j + 1 >= end || text[j + 1] != '"'))) j += text[j] == '"' ? 2 : 1;
                if (j >= end) return null;
                to = j;
                i = j + 1;
                if (i < end && text[i] != ',') return null;
            }
            else
            {
                from = i;
                while (i < end && text[i] != ',')
                {
                    if (text[i] is '"' or '|' or '\t') return null;
                    i++;
                }
                to = i;
            }
            while (from < to && (char.IsWhiteSpace(text[from]) || text[from] == '"')) from++;
            while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] == '"')) to--;
            cells.Add(new TextSpan(from, to));
            if (i >= end) break;
            // the comma between two fields: an export writes none with a space after it
            if (i + 1 < end && text[i + 1] == ' ') return null;
            i++;
        }
        return cells.Count >= MinBareCells ? cells : null;
    }

    /// <summary>The separator of the cells of a sheet pasted as text (tab-separated values).</summary>
    private const string TabSeparator = "\t";

    /// <summary>The separator of the fields of an export's line written without pipes: a semicolon with a space on each side.</summary>
    private const string SemicolonSeparator = " ; ";

    /// <summary>
    /// The line above the one at <paramref name="start"/> in a table without outer pipes, over a rule of dashes right under
    /// its header (an export's "event_id ; date ; town" over "------"); -1 at the top.
    /// </summary>
    private static int Above(string text, int start)
    {
        var line = PreviousLine(text, start);
        return line >= 0 && IsBareRule(text, line) ? PreviousLine(text, line) : line;
    }

    /// <summary>The line below the one at <paramref name="start"/>, over a rule of dashes as <see cref="Above"/> does; -1 at the bottom.</summary>
    private static int Below(string text, int start)
    {
        var line = NextLine(text, start);
        return line >= 0 && IsBareRule(text, line) ? NextLine(text, line) : line;
    }

    /// <summary>A line of at least three dashes (or equals signs, pluses, spaces) and nothing else: a rule between a header and its rows.</summary>
    private static bool IsBareRule(string text, int start)
    {
        var (from, end) = LineAround(text, start);
        var line = text.AsSpan(from, end - from).Trim();
        return line.Length >= 3 && line.Trim("-=+ ").IsEmpty;
    }

    /// <summary>The trimmed cells of the text from <paramref name="from"/> to <paramref name="to"/>, split at its pipes; the last ends at <paramref name="to"/>.</summary>
    private static List<TextSpan> SplitCells(string text, int from, int to, string separator = "|")
    {
        var cells = new List<TextSpan>();
        var open = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && !(i + separator.Length <= to && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)) continue;
            var a = open;
            var b = i;
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            cells.Add(new TextSpan(a, b));
            open = i + separator.Length;
            i = open - 1;
        }
        return cells;
    }

    /// <summary>
    /// The cells between the pipes of a line that opens and closes with one, trimmed, or of a line of a table without outer
    /// pipes (<see cref="BareRunStart"/>); empty when it is neither.
    /// </summary>
    private static List<TextSpan> Cells(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        var lead = line.Length - line.TrimStart().Length;
        var trimmed = line.Trim();
        if (WikiCells(text, start + lead, start + lead + trimmed.Length) is { } wiki) return wiki;
        if (trimmed.Length > 0 && trimmed[0] != '|' && trimmed[^1] != '|')
            return BareRunStart(text, start) is null ? [] : BareCells(text, start);
        if (trimmed.Length < 3 || trimmed[0] != '|' || trimmed[^1] != '|') return [];
        // between the opening pipe and the closing one
        var cells = SplitCells(text, start + lead + 1, start + lead + trimmed.Length - 1);
        return cells.Count >= MinCells ? cells : [];
    }

    /// <summary>
    /// The cells of a wiki-markup table's row written on one line ("| 06 May || Riverton || 2"), or of its header
    /// ("! Date !! Site !! Killed"), split at the doubled marks after the opening one; null when the line is no such row.
    /// </summary>
    private static List<TextSpan>? WikiCells(string text, int from, int to)
    {
        if (to - from < 3 || text[from] is not ('|' or '!')) return null;
        var separator = text[from] == '|' ? "||" : "!!";
        // "|-" parts rows, "|}" closes the table, "|+" is its caption, "||" opens no row
        if (text[from + 1] is '-' or '}' or '+' or '|') return null;
        // a line closing on a pipe is a pipe table's row, an empty cell in it ("| Elmwood || 2 |")
        if (text[to - 1] == '|') return null;
        if (text.IndexOf(separator, from + 1, to - from - 1, StringComparison.Ordinal) < 0) return null;
        var cells = SplitCells(text, from + 1, to, separator);
        return cells.Count >= MinCells ? cells : null;
    }

    /// <summary>A line that parts a wiki-markup table's rows ("|-").</summary>
    private static bool IsWikiRowBreak(string text, int start)
    {
        var (from, end) = LineAround(text, start);
        var line = text.AsSpan(from, end - from).Trim();
        return line.StartsWith("|-");
    }

    /// <summary>The line is the rule under a header: cells of dashes and colons only ("|---|:--:|").</summary>
    private static bool IsRule(string text, int start)
    {
        var cells = Cells(text, start, LineAround(text, start).End);
        return cells.Count > 0 && cells.All(c => c.End > c.Start && text.AsSpan(c.Start, c.End - c.Start).Trim("-: ").IsEmpty);
    }
}
