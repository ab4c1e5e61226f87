using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A page kept as markdown: headings marked with '#' (or underlined with '=' or '-'), words in emphasis between '**',
/// '__', '*' or '_', links written "[text](address)". Inside a sentence the marks hide its words from the phrases read
/// over them ("there was **no attack**", "the crew set off **twelve charges**"), and a link's address is no word at all.
/// The cleaner reads such a page with the marks inside its sentences read through (<see cref="Decode"/>): an emphasis
/// that stands inside a sentence loses its marks, and a link inside a line keeps its text alone. Marks that open a line
/// or a sentence say what the line is (a heading, a label "**Killed:** 2", a question "**Who is behind it?**", a byline
/// in italics, a list's link) and stay as written, as do a heading's '#' and an image "![alt](address)".
/// </summary>
public static partial class Markdown
{
    /// <summary>Whether the text is a markdown page: a heading line (one to six '#' and a space, or a line of '=' under a title) and at least one emphasis or link inside a line.</summary>
    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('#') < 0 && text.IndexOf("\n==", StringComparison.Ordinal) < 0) return false;
        var (heading, marked) = (false, false);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.IsEmpty) continue;
            heading |= HeadingLine().IsMatch(line);
            if (!marked && line.ContainsAny('*', '_', '[')) marked = Runs(line.ToString()).Any();
            if (heading && marked) return true;
        }
        return false;
    }

    /// <summary>
    /// The text with the marks inside its lines read through, and the map from it back to <paramref name="text"/>: every
    /// kept character is the original's own, the marks and a link's brackets and address are left out.
    /// </summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var kept = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            foreach (var (start, length, words, wordsLength) in Runs(text[lineStart..lineEnd]))
            {
                var (at, from) = (lineStart + start, lineStart + words);
                map.Keep(kept, at - kept);
                decoded.Append(text, kept, at - kept);
                map.Keep(from, wordsLength);
                decoded.Append(text, from, wordsLength);
                kept = at + length;
            }
            lineStart = lineEnd + 1;
        }
        map.Keep(kept, text.Length - kept);
        decoded.Append(text, kept, text.Length - kept);
        return (decoded.ToString(), map);
    }

    /// <summary>
    /// The marked runs of a line to read through, in order: each run's start and length in the line, and where its words
    /// stand in it and how long they are. An emphasis counts when it opens neither the line's words (after a list's
    /// bullet or number, a quote's '&gt;', a heading's '#') nor a sentence (after a stop); a link counts unless it is
    /// all of the line's words.
    /// </summary>
    private static IEnumerable<(int Start, int Length, int Words, int WordsLength)> Runs(string line)
    {
        var opening = LineOpening().Match(line).Length;
        var runs = new List<(int Start, int Length, int Words, int WordsLength)>();
        foreach (Match m in Link().Matches(line))
        {
            if (m.Index == opening && line.AsSpan(m.Index + m.Length).Trim().IsEmpty) continue;
            var words = m.Groups["words"];
            runs.Add((m.Index, m.Length, words.Index, words.Length));
        }
        foreach (Match m in Emphasis().Matches(line))
        {
            var words = m.Groups["words"];
            if (!words.ValueSpan.ContainsAnyExcept("*_ ") || OpensSentence(line, m.Index, opening)) continue;
            if (runs.Any(r => m.Index < r.Start + r.Length && r.Start < m.Index + m.Length)) continue;
            runs.Add((m.Index, m.Length, words.Index, words.Length));
        }
        return runs.OrderBy(r => r.Start);
    }

    /// <summary>The emphasis at <paramref name="at"/> opens the line's words or a sentence: nothing but the line's opening marks before it, or a sentence's stop (or a separator of a line of items, '|', '\u00B7') and a space.</summary>
    private static bool OpensSentence(string line, int at, int opening)
    {
        if (at <= opening) return true;
        var before = line.AsSpan(0, at).TrimEnd();
        return before.Length < at && before.Length > 0 && before[^1] is '.' or '!' or '?' or '|' or '\u00B7';
    }

    /// <summary>A heading line: one to six '#' and a space then words, or a line of '=' that underlines a title.</summary>
    [GeneratedRegex(@"^(?:#{1,6}\s+\S|={3,}$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingLine();

    /// <summary>What opens a line before its words: spaces, a quote's '&gt;', a list's bullet or number, a heading's '#'.</summary>
    [GeneratedRegex(@"^\s*(?:>\s*)*(?:(?:[-*+\u2022]|\d{1,3}[.)])\s+)?(?:#{1,6}\s+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineOpening();

    /// <summary>A link "[text](address)", not an image's "![alt](address)".</summary>
    [GeneratedRegex(@"(?<!!)\[(?<words>[^\[\]\n]+)\]\([^()\s]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    /// <summary>Words in emphasis: the same marks either side, the opening one after no letter, digit or mark, the closing one before none, no space just inside them.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*_\\])(?<mark>\*\*|__|\*|_)(?=[^\s*_])(?<words>[^\n]*?[^\s*_\\])\k<mark>(?![\p{L}\p{N}*_])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emphasis();
}
