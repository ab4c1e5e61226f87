using System.Text;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A calendar entry saved as its iCalendar text (RFC 5545, an .ics file): "BEGIN:VCALENDAR", then content lines of a
/// property's name, perhaps its parameters after ";", a colon and its value ("SUMMARY:Memorial service",
/// "DTSTART;TZID=Europe/Paris:20200105T100000"). A line longer than 75 octets is folded: the rest goes on the next line
/// after a space or a tab, which may fall inside a word ("ser" / " vice"); in a text value a comma, a semicolon and a
/// backslash are escaped ("\,", "\;", "\\") and a line break is written "\n". Only the text properties tell anything
/// (<see cref="TextProperties"/>: its title, where, what it says); the rest (stamps, ids, alarms' triggers) are codes.
/// The cleaner reads such a text decoded (<see cref="Decode"/>): the lines unfolded, each text property's value alone
/// on a line of its own, its escapes read, every other content line left out.
/// </summary>
public static class ICalendar
{
    /// <summary>The properties whose values are words: the entry's title, its place, its description, a comment.</summary>
    private static readonly HashSet<string> TextProperties = new(StringComparer.OrdinalIgnoreCase) { "SUMMARY", "LOCATION", "DESCRIPTION", "COMMENT" };

    /// <summary>The most lines (a headline the page was given) that may stand before "BEGIN:VCALENDAR".</summary>
    private const int MaxLinesBefore = 3;

    /// <summary>Whether the text is an iCalendar file: a line of "BEGIN:VCALENDAR" alone among its first lines, perhaps after a headline.</summary>
    public static bool Is(string text)
    {
        var lines = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)) return true;
            if (line.Length > 0 && ++lines > MaxLinesBefore) return false;
        }
        return false;
    }

    /// <summary>
    /// The decoded text, and the map from it back to <paramref name="text"/>: each text property's value unfolded, on a
    /// line of its own; a "\n" escape becomes a line break (mapped to its backslash), "\," and "\;" their mark (mapped
    /// to it); every other line is left out. A line before "BEGIN:VCALENDAR" (a headline the page was given) or after
    /// "END:VCALENDAR" is kept as it is.
    /// </summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var (opened, closed) = (false, false);
        foreach (var (start, end) in ContentLines(text))
        {
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)) opened = true;
            var colon = ValueColon(text, start, end);
            var outside = !opened || closed;
            if (line.Equals("END:VCALENDAR", StringComparison.OrdinalIgnoreCase)) closed = true;
            if (!outside && (colon < 0 || !TextProperties.Contains(PropertyName(text, start, colon)))) continue;
            if (decoded.Length > 0)
            {
                decoded.Append('\n');
                map.Insert(1);
            }
            if (outside)
            {
                map.Keep(start, end - start);
                decoded.Append(text, start, end - start);
                continue;
            }
            var runStart = -1;
            void Flush(int at)
            {
                if (runStart < 0) return;
                map.Keep(runStart, at - runStart);
                decoded.Append(text, runStart, at - runStart);
                runStart = -1;
            }
            for (var i = colon + 1; i < end;)
            {
                if (FoldLength(text, i) is var fold and > 0)
                {
                    Flush(i);
                    i += fold;
                }
                else if (text[i] == '\\' && i + 1 < end && text[i + 1] is 'n' or 'N')
                {
                    Flush(i);
                    decoded.Append('\n');
                    map.InsertAt(i, 1);
                    i += 2;
                }
                else if (text[i] == '\\' && i + 1 < end && text[i + 1] is ',' or ';' or '\\')
                {
                    Flush(i);
                    runStart = i + 1;
                    i += 2;
                }
                else if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') { Flush(i); i++; }
                else
                {
                    if (runStart < 0) runStart = i;
                    i++;
                }
            }
            Flush(end);
        }
        return (decoded.ToString(), map);
    }

    /// <summary>The content lines: each from its name to the end of its last folded line (the line break that ends it left out).</summary>
    private static IEnumerable<(int Start, int End)> ContentLines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (text[i] != '\n' || FoldLength(text, i - (i > 0 && text[i - 1] == '\r' ? 1 : 0)) > 0)) continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            if (end > start) yield return (start, end);
            start = i + 1;
        }
    }

    /// <summary>The length of the fold at <paramref name="i"/> (a line break, "\n" or "\r\n", then one space or tab), or 0.</summary>
    private static int FoldLength(string text, int i)
    {
        var j = i;
        if (j < text.Length && text[j] == '\r') j++;
        if (j >= text.Length || text[j] != '\n') return 0;
        j++;
        return j < text.Length && text[j] is ' ' or '\t' ? j + 1 - i : 0;
    }

    /// <summary>The colon that ends a content line's name and parameters (none inside a quoted parameter value), or -1.</summary>
    private static int ValueColon(string text, int start, int end)
    {
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == ':' && !quoted) return i;
        }
        return -1;
    }

    /// <summary>The property's name: what stands before its parameters' ";" or its value's colon.</summary>
    private static string PropertyName(string text, int start, int colon)
    {
        var semicolon = text.IndexOf(';', start, colon - start);
        return text[start..(semicolon < 0 ? colon : semicolon)].Trim();
    }
}
