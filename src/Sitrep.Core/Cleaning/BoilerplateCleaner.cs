using System.Text;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// Removes what scrapers leave around an article (repeated headlines, share and comment widgets, "3 min read",
/// photo credits, teasers) by the rules in <c>data/cleaning/boilerplate.tsv</c>. The cleaned text is made of verbatim
/// pieces of <see cref="Article.Text"/>, each a trimmed line or part of one, joined by inserted "\n" (lines that were
/// next to each other; a space when the text is <see cref="HardWrap"/>ped) or "\n\n"; the document's <see cref="OffsetMap"/> leads every kept character back to the original.
/// </summary>
public static class BoilerplateCleaner
{
    /// <summary>The shortest teaser (before its ellipsis) taken as repeating a later paragraph.</summary>
    private const int MinTeaserLength = 12;

    public static Document Clean(Article article) => Clean(article, BoilerplateRules.Default);

    public static Document Clean(Article article, BoilerplateRules rules)
    {
        // a scan's letters read as digits and digits as letters ("2O19", "ki11ed") are set right a character for a
        // character (OcrConfusions): every offset stays the original's, and the document keeps the article as it came
        var repaired = OcrConfusions.Repair(article.Text);
        if (!ReferenceEquals(repaired, article.Text))
        {
            var read = Clean(article with { Text = repaired }, rules);
            return new Document(article, read.Text, read.Map);
        }
        // an e-mail in quoted-printable transfer encoding, and a text that keeps a page's character references ("&amp;",
        // "&oacute;", "&#233;"), are cleaned decoded, the map led on back to the text as it came; a feed's markup decodes
        // its own fields (FeedItems)
        var (text, decoding) = (article.Text, (OffsetMap?)null);
        // a calendar entry (.ics): its lines unfolded, its text properties' values alone, their escapes read (ICalendar)
        if (ICalendar.Is(text)) (text, decoding) = ICalendar.Decode(text);
        // a database record as YAML-like text: its block fields' prose alone, the metadata fields left out (YamlRecord)
        else if (YamlRecord.Is(text)) (text, decoding) = YamlRecord.Decode(text);
        if (QuotedPrintable.IsEncoded(text))
        {
            var (decoded, escapes) = QuotedPrintable.Decode(text);
            (text, decoding) = (decoded, decoding is null ? escapes : escapes.Then(decoding));
        }
        // a JSON response saved as it came: its strings' escapes ("\u00e9", "\n") read as the characters they stand for
        if (JsonEscapes.IsEscaped(text))
        {
            var (decoded, escapes) = JsonEscapes.Decode(text);
            (text, decoding) = (decoded, decoding is null ? escapes : escapes.Then(decoding));
        }
        if (!FeedItems.IsFeed(text) && HtmlEntities.Has(text))
        {
            var (decoded, references) = HtmlEntities.Decode(text);
            (text, decoding) = (decoded, decoding is null ? references : references.Then(decoding));
        }
        // a page kept as markdown: the emphasis and the links inside its sentences read through (Markdown)
        if (Markdown.Is(text))
        {
            var (decoded, marks) = Markdown.Decode(text);
            (text, decoding) = (decoded, decoding is null ? marks : marks.Then(decoding));
        }
        if (decoding is null) return CleanText(article, rules);
        var document = CleanText(article with { Text = text }, rules);
        return new Document(article, document.Text, document.Map.Then(decoding));
    }

    private static Document CleanText(Article article, BoilerplateRules rules)
    {
        // a feed scraped as its markup: its items' titles, dates and summaries, read as a reader shows them
        if (FeedItems.IsFeed(article.Text)) return FeedItems.Clean(article);
        var (furniture, blanks) = (new HashSet<int>(), new HashSet<int>());
        // the lines in reading order: a block of two columns side by side re-flowed, left column first (Columns)
        var ranges = Columns.Lines(article.Text);
        var read = Reordered(ranges) ? Columns.Read(article.Text, ranges) : article.Text;
        var lines = Candidates(article.Text, ranges, rules, furniture, blanks);
        // subtitles: the cues' numbers and time lines dropped, a sentence goes on from one cue into the next
        var subtitles = Subtitles.Are(article.Text);
        if (subtitles) DropCueLines(article.Text, lines, furniture);
        var softWrapped = subtitles || SoftWrap.IsSoftWrapped(read);
        if (softWrapped) DropPageFurniture(lines, furniture);
        JoinWikiCells(article.Text, lines);
        DropRepeats(article.Text, lines);
        DropTeasers(lines);
        JoinContinuationRows(article.Text, lines);
        return Assemble(article, read, lines, softWrapped ? (furniture, blanks) : null);
    }

    /// <summary>Whether the line ranges leave the text's order (a block of columns was re-flowed).</summary>
    private static bool Reordered(List<(int Start, int End)> ranges)
    {
        for (var k = 1; k < ranges.Count; k++)
            if (ranges[k].Start < ranges[k - 1].End) return true;
        return false;
    }

    /// <summary>A non-blank line that no rule dropped: its number, its kept segments and, for a possible teaser, its text before the ellipsis.</summary>
    private sealed class Line(int number, List<(int Start, int Length)> segments, string key, string? teaser)
    {
        public int Number { get; } = number;
        public List<(int Start, int Length)> Segments { get; } = segments;
        public string Key { get; set; } = key;
        public string? Teaser { get; } = teaser;
        public bool Dropped { get; set; }
        /// <summary>The indexes of segments that go on the one before them after a space, not a line break (a table cell's continuation).</summary>
        public HashSet<int> Spaced { get; } = [];
        /// <summary>The indexes of segments, each a wiki table's cell opening on its mark ('|' or '!'), that go on the one before them after a space, the mark doubled (<see cref="JoinWikiCells"/>).</summary>
        public HashSet<int> Marked { get; } = [];
        /// <summary>The number of the last line of the text this line holds (a table row's continuation lines joined to it).</summary>
        public int LastNumber { get; set; } = number;
        /// <summary>A strip rule removed the line's end: a wire header's notes ("-- [REPORT]"), so the next line opens a sentence of its own.</summary>
        public bool EndCut { get; init; }
    }

    /// <summary>
    /// The line of words between bars heads a table, not a site's menu: the next line that is not blank has as many
    /// bars (two or more) and a figure ("Date | Town | Killed | Injured" over "06 May | Elmwood | 2 | 5"); the menu rule
    /// would drop it for its look.
    /// </summary>
    private static bool HeadsTable(string text, int from, int length)
    {
        var bars = text.AsSpan(from, length).Count('|');
        if (bars < 2) return false;
        var next = from + length;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        var end = text.IndexOf('\n', next);
        var row = text.AsSpan(next, (end < 0 ? text.Length : end) - next);
        return row.Count('|') == bars && row.IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <param name="furniture">gets the numbers of the lines a drop_line rule dropped</param>
    /// <param name="blanks">gets the numbers of the blank lines</param>
    /// <param name="ranges">the text's lines in reading order (<see cref="Columns.Lines"/>)</param>
    private static List<Line> Candidates(string text, List<(int Start, int End)> ranges, BoilerplateRules rules, HashSet<int> furniture, HashSet<int> blanks)
    {
        var lines = new List<Line>();
        var number = 0;
        var listed = 0; // headlines still to drop under a heading of links
        char? bullet = null; // the bullet of the last headline dropped under such a heading
        var thread = false; // under a heading of readers' comments (drop_thread), until a resume rule's line
        foreach (var (start, end) in ranges)
        {
            number++;
            var (from, length) = Trim(text, start, end - start);
            if (thread && length > 0 && !Resumes(text.AsSpan(from, length), rules)) { } // a reader's comment: dropped, kept nowhere
            else if (length == 0) blanks.Add(number);
            else if (listed > 0 && !HeadsOwnPart(text.AsSpan(from, length), rules)
                     && (IsListedHeadline(text.AsSpan(from, length)) || (Bullet(text.AsSpan(from, length)) is { } opens && length <= MaxHeadlineLength
                                                                           && (bullet is { } b ? opens == b : listed == MaxListedHeadlines))))
            {
                listed--;
                bullet = Bullet(text.AsSpan(from, length));
            }
            else
            {
                listed = 0;
                bullet = null;
                var (verdict, line) = Classify(text, number, from, length, rules);
                if (verdict == BoilerplateAction.DropLine && HeadsTable(text, from, length))
                    (verdict, line) = (null, new Line(number, [(from, length)], LineKey.Of(text.AsSpan(from, length)), null));
                if (verdict == BoilerplateAction.DropRest) break;
                thread = verdict == BoilerplateAction.DropThread;
                if (verdict == BoilerplateAction.DropLine) furniture.Add(number);
                if (verdict == BoilerplateAction.DropList) listed = MaxListedHeadlines;
                if (line is not null) lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>
    /// Under a heading of links, a line that a rule reads as a heading of its own part of the page is no headline of the
    /// list: the heading of another list ("Read more:" and its links, then "MOST READ" and its numbered headlines), of
    /// readers' comments, or of what ends the page. It is read as that rule says (the next list gets its own count of
    /// headlines), not eaten as one more headline, which would leave the list under it as the page's own text.
    /// </summary>
    private static bool HeadsOwnPart(ReadOnlySpan<char> line, BoilerplateRules rules)
    {
        var key = LineKey.Of(line);
        if (!rules.Drops.MayMatch(line, key)) return false;
        foreach (var rule in rules.Rules)
            if (rule.Drops && rule.Match(line, key) is not null)
                return rule.Action is BoilerplateAction.DropList or BoilerplateAction.DropThread or BoilerplateAction.DropRest;
        return false;
    }

    /// <summary>
    /// Where the line's words begin after the number of its section, when it opens on one ("4. RELATED ITEMS", "4) Related
    /// items", "IV. See also", "(d) More reports"): a report numbers its parts, its heading of links among them, which is
    /// still that heading. -1 when the line opens on no such number.
    /// </summary>
    private static int SectionNumbered(ReadOnlySpan<char> line)
    {
        var paren = line.Length > 0 && line[0] == '(';
        var start = paren ? 1 : 0;
        var i = start;
        while (i < line.Length && i - start < 3 && char.IsAsciiDigit(line[i])) i++;
        if (i == start) while (i < line.Length && i - start < 4 && line[i] is 'I' or 'V' or 'X') i++;
        // a single letter numbers a part too ("B. More reports"), not a word
        if (i == start && i < line.Length && char.IsAsciiLetter(line[i])) i++;
        if (i == start || i + 1 >= line.Length) return -1;
        if (paren ? line[i] != ')' : line[i] is not ('.' or ')')) return -1;
        if (line[i + 1] != ' ') return -1;
        i++;
        while (i < line.Length && line[i] == ' ') i++;
        return i < line.Length ? i : -1;
    }

    /// <summary>
    /// Where the line's words begin after a markdown heading's marks, when it opens on them ("## Earlier issues", "### In
    /// this issue"): a page kept as markdown marks its heading of links so, and it is still that heading. -1 when the line
    /// opens on no such marks (one to six '#', then a space).
    /// </summary>
    private static int MarkdownHeading(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && i < 7 && line[i] == '#') i++;
        if (i is 0 or > 6 || i + 1 >= line.Length || line[i] != ' ') return -1;
        while (i < line.Length && line[i] == ' ') i++;
        return i < line.Length ? i : -1;
    }

    /// <summary>A drop_list rule (a heading of links) matches the line.</summary>
    private static bool HeadsList(ReadOnlySpan<char> line, BoilerplateRules rules)
    {
        if (line.IsEmpty) return false;
        var key = LineKey.Of(line);
        if (!rules.Drops.MayMatch(line, key)) return false;
        foreach (var rule in rules.Rules)
            if (rule.Drops && rule.Match(line, key) is not null) return rule.Action == BoilerplateAction.DropList;
        return false;
    }

    /// <summary>A resume rule matches the line: under readers' comments, the page's own words again (a correction).</summary>
    private static bool Resumes(ReadOnlySpan<char> line, BoilerplateRules rules)
    {
        var key = LineKey.Of(line);
        foreach (var rule in rules.Rules)
            if (rule.Action == BoilerplateAction.Resume && rule.Match(line, rule.IsRegex ? "" : key) is not null) return true;
        return false;
    }

    /// <summary>Most headlines dropped under one heading of links ("Related coverage", "Most read").</summary>
    internal const int MaxListedHeadlines = 8;

    /// <summary>Longest line taken for a listed headline.</summary>
    private const int MaxHeadlineLength = 120;

    /// <summary>
    /// The bullet a line of a list opens on ("- ", "• ", "* "), or null. Under a heading of links, a line that opens on the
    /// bullet of the headline dropped before it is one more headline of the list, whatever it ends on: a headline may ask
    /// a question ("- Opinion: who pays for the new bridge?") or end on a stop. So is the first line right under the
    /// heading when it opens on a bullet: a newsletter's briefs from elsewhere are short sentences with their stop ("•
    /// Two hurt in a fire in another county, police say.").
    /// </summary>
    private static char? Bullet(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] is ('-' or '\u2022' or '*' or '\u2013' or '\u00B7' or '\u25AA') && line[1] == ' ' ? line[0] : null;

    /// <summary>A line that may be a linked headline: short, several words, and no sentence's stop at its end.</summary>
    private static bool IsListedHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineLength || line.IndexOf(' ') < 0) return false;
        return line[^1] is not ('.' or '!' or '?' or '"' or '\u201d' or '\u2019' or ':' or ',' or ';' or '\u2026');
    }

    /// <remarks>
    /// The first drop rule (in file order) that matches the line decides, whatever the strip and teaser rules before it
    /// did, so the drop rules are asked first, and only when <see cref="DropFilter"/> says one of them may match.
    /// </remarks>
    private static (BoilerplateAction? Verdict, Line? Line) Classify(string text, int number, int from, int length, BoilerplateRules rules)
    {
        var content = text.AsSpan(from, length);
        var contentKey = LineKey.Of(content);
        if (rules.Drops.MayMatch(content, contentKey))
        {
            foreach (var rule in rules.Rules)
                if (rule.Drops && rule.Match(content, contentKey) is not null) return (rule.Action, null);
        }
        if (SectionNumbered(content) is > 0 and var words && HeadsList(content[words..], rules)) return (BoilerplateAction.DropList, null);
        if (MarkdownHeading(content) is > 0 and var marked && HeadsList(content[marked..], rules)) return (BoilerplateAction.DropList, null);
        var segments = new List<(int Start, int Length)> { (from, length) };
        string? teaser = null;
        foreach (var rule in rules.Rules)
        {
            switch (rule.Action)
            {
                case BoilerplateAction.Teaser when teaser is null && rule.Match(content, "") is { } ending:
                    teaser = LineKey.Of(content[..ending.Start.GetOffset(content.Length)]);
                    break;
                case BoilerplateAction.Strip:
                    segments = Strip(text, segments, rule);
                    break;
            }
        }
        if (segments.Count == 0) return (BoilerplateAction.DropLine, null);
        var key = segments.Count == 1 && segments[0] == (from, length)
            ? contentKey
            : string.Join(" ", segments.Select(s => LineKey.Of(text.AsSpan(s.Start, s.Length))));
        var end = from + length;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        var endCut = segments[^1].Start + segments[^1].Length < end;
        return (null, new Line(number, segments, key, teaser is { Length: >= MinTeaserLength } ? teaser : null) { EndCut = endCut });
    }

    /// <summary>
    /// The segments without the rule's match in each: the trimmed parts before and after it that are not empty. The
    /// same list when the rule matches none (the usual case).
    /// </summary>
    private static List<(int Start, int Length)> Strip(string text, List<(int Start, int Length)> segments, BoilerplateRule rule)
    {
        List<(int Start, int Length)>? stripped = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var content = text.AsSpan(segment.Start, segment.Length);
            if (rule.Match(content, "") is not { } match)
            {
                stripped?.Add(segment);
                continue;
            }
            stripped ??= segments.GetRange(0, i);
            var (matchStart, matchLength) = match.GetOffsetAndLength(content.Length);
            var before = Trim(text, segment.Start, matchStart);
            var after = Trim(text, segment.Start + matchStart + matchLength, segment.Length - matchStart - matchLength);
            if (before.Length > 0) stripped.Add(before);
            if (after.Length > 0) stripped.Add(after);
        }
        return stripped ?? segments;
    }

    /// <summary>The fewest times a line is printed to be a page's header or footer in a soft-wrapped text.</summary>
    private const int MinPageRepeats = 3;

    /// <summary>
    /// How many copies of a line stand apart: a copy on the line right after another is the same one printed twice (the
    /// headline repeated at the top of a page), not one more page's header or footer.
    /// </summary>
    private static int PagesOf(IEnumerable<Line> copies)
    {
        var (pages, last) = (0, -1);
        foreach (var line in copies.OrderBy(l => l.Number))
        {
            if (line.Number - last > 1) pages++;
            last = line.Number;
        }
        return pages;
    }

    /// <summary>
    /// In a <see cref="SoftWrap"/>ped text (a PDF's), a line printed at least <see cref="MinPageRepeats"/> times on
    /// apart (<see cref="PagesOf"/>) without a sentence's stop at its end is the pages' header or footer
    /// ("CONFIDENTIAL - FOR PARTNERS"): every copy is dropped, the first too, and counts as furniture a broken sentence
    /// is joined across.
    /// </summary>
    private static void DropPageFurniture(List<Line> lines, HashSet<int> furniture)
    {
        foreach (var group in lines.GroupBy(l => l.Key).Where(g => g.Count() >= MinPageRepeats && PagesOf(g) >= MinPageRepeats))
        {
            if (group.Key is [.., '.' or '!' or '?' or '"' or '\u201d']) continue;
            foreach (var line in group)
            {
                line.Dropped = true;
                furniture.Add(line.Number);
            }
        }
    }

    /// <summary>
    /// Drops the numbers and the time lines of a page of subtitles' cues (<see cref="Subtitles"/>) as furniture, so the
    /// cues' lines around them join as a soft-wrapped text's do: a number only on the line right above a time line.
    /// </summary>
    private static void DropCueLines(string text, List<Line> lines, HashSet<int> furniture)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var (start, length) = line.Segments[0];
            var words = text.AsSpan(start, length);
            var numbered = Subtitles.IsCueNumber(words) && k + 1 < lines.Count && lines[k + 1].Number == line.Number + 1
                           && Subtitles.IsTimeLine(text.AsSpan(lines[k + 1].Segments[0].Start, lines[k + 1].Segments[0].Length));
            if (line.Segments.Count != 1 || !(numbered || Subtitles.IsTimeLine(words))) continue;
            line.Dropped = true;
            furniture.Add(line.Number);
        }
    }

    /// <summary>
    /// Drops a line equal to an earlier one (the headline repeated, a heading printed twice): the first occurrence stays.
    /// A markdown heading ("# Pipe bomb at the depot in Elmwood") stays a second time: a digest kept as markdown heads
    /// its first story with the page's headline again, above the story's own lines and after the masthead, so
    /// the repeat is where that story begins among the digest's others.
    /// </summary>
    private static void DropRepeats(string text, List<Line> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (seen.Add(line.Key)) continue;
            var (start, length) = line.Segments[0];
            if (line.Segments.Count == 1 && MarkdownHeading(text.AsSpan(start, length)) > 0 && headings.Add(line.Key)) continue;
            line.Dropped = true;
        }
    }

    /// <summary>
    /// A table's row (cells between '|', an exported log, an SMS or chat log laid out in columns) whose text cell wraps
    /// onto the lines below it: a line right under a row, with as many bars, whose cells are all empty but one ("     |
    /// |       | phones + sat units.") goes on that row's record, not a new one. Its one cell joins the row's line after a
    /// space, so the record's text is one unit: a sentence broken at the wrap is read whole, under the row's date and time.
    /// </summary>
    private static void JoinContinuationRows(string text, List<Line> lines)
    {
        Line? record = null;
        var bars = 0;
        var last = -1;
        foreach (var line in lines)
        {
            if (line.Dropped || line.Segments.Count == 0) continue;
            var (start, length) = line.Segments[^1];
            var first = line.Segments[0].Start;
            var count = text.AsSpan(first, start + length - first).Count('|');
            if (record is not null && line.Number == last + 1 && line.Segments.Count == 1 && count == bars && ContinuationCell(text, start, length) is { } cell)
            {
                // a row closed by an outer bar keeps it after the joined text: "| 10:05 | OPS | Bridge at the ford closed ... |"
                var (recordStart, recordLength) = record.Segments[^1];
                var closing = -1;
                if (text.AsSpan(recordStart, recordLength).TrimEnd().EndsWith("|"))
                {
                    closing = recordStart + text.AsSpan(recordStart, recordLength).TrimEnd().Length - 1;
                    var (s, l) = Trim(text, recordStart, closing - recordStart);
                    record.Segments[^1] = (s, l);
                }
                record.Spaced.Add(record.Segments.Count);
                record.Segments.Add(cell);
                if (closing >= 0)
                {
                    record.Spaced.Add(record.Segments.Count);
                    record.Segments.Add((closing, 1));
                }
                line.Dropped = true;
                last = record.LastNumber = line.Number;
                continue;
            }
            (record, bars, last) = count >= MinRowBars ? (line, count, line.Number) : (null, 0, -1);
        }
    }

    /// <summary>The fewest bars of a table's row whose cells may wrap onto continuation lines ("time | sender | text").</summary>
    private const int MinRowBars = 2;

    /// <summary>
    /// The one cell with text of a line whose other cells are empty, outer bars aside, trimmed; null when its first cell
    /// (a record's number, day or time: what opens a record) has text, or when two cells have.
    /// </summary>
    private static (int Start, int Length)? ContinuationCell(string text, int start, int length)
    {
        var (from, span) = Trim(text, start, length);
        var end = from + span;
        if (span > 0 && text[from] == '|') from++;
        if (end > from && text[end - 1] == '|') end--;
        (int Start, int Length)? found = null;
        var cellStart = from;
        var cell = 0;
        for (var i = from; i <= end; i++)
        {
            if (i < end && text[i] != '|') continue;
            var (s, l) = Trim(text, cellStart, i - cellStart);
            if (l > 0)
            {
                if (found is not null || cell == 0) return null;
                found = (s, l);
            }
            cell++;
            cellStart = i + 1;
        }
        return cell >= MinRowBars + 1 ? found : null;
    }

    /// <summary>Drops a teaser ("The blast hit the […]") whose text is the start of a later paragraph.</summary>
    private static void DropTeasers(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Teaser is not { } teaser || lines[i].Dropped) continue;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var later = lines[j];
                if (!later.Dropped && later.Key.Length > teaser.Length && later.Key.StartsWith(teaser, StringComparison.Ordinal))
                {
                    lines[i].Dropped = true;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Joins the kept pieces: lines that were next to each other by "\n" (by a space in a <see cref="HardWrap"/>ped text,
    /// where they are one paragraph), others by "\n\n". In a <see cref="SoftWrap"/>ped text (<paramref name="furniture"/>
    /// given), a line that breaks a sentence joins the next as <see cref="SoftWrap.Joint"/> says, also across blank lines
    /// and page furniture between them (a page's footer and the next page's header) when at least one such line was dropped.
    /// </summary>
    /// <param name="read">the text's lines in reading order, joined (the text itself unless it has columns)</param>
    private static Document Assemble(Article article, string read, List<Line> lines, (HashSet<int> Dropped, HashSet<int> Blank)? furniture)
    {
        var text = new StringBuilder(article.Text.Length);
        var map = new OffsetMap();
        var nextLine = HardWrap.IsHardWrapped(read) ? " " : "\n";
        var kept = lines.Where(l => !l.Dropped).ToList();
        var joints = new SoftWrap.Join[kept.Count];
        var width = furniture is null ? 0 : SoftWrap.Width(read);
        if (furniture is not null)
            for (var k = 1; k < kept.Count; k++)
            {
                var (before, after) = (kept[k - 1], kept[k]);
                var gap = Enumerable.Range(before.LastNumber + 1, after.Number - before.LastNumber - 1).ToList();
                var (dropped, blank) = furniture.Value;
                if (gap.Any(n => !dropped.Contains(n) && !blank.Contains(n)) || (gap.Count > 0 && !gap.Any(dropped.Contains))) continue;
                var (endStart, endLength) = before.Segments[^1];
                var (nextStart, nextLength) = after.Segments[0];
                // a line filled to the text's width goes on only on the line right below it, not across a blank line
                joints[k] = SoftWrap.Joint(article.Text, article.Text.AsSpan(endStart, endLength), article.Text.AsSpan(nextStart, nextLength), gap.Count == 0 ? width : 0);
            }
        for (var k = 0; k < kept.Count; k++)
        {
            var line = kept[k];
            if (k > 0)
            {
                var separator = joints[k] switch
                {
                    SoftWrap.Join.Space => " ",
                    SoftWrap.Join.Word or SoftWrap.Join.Hyphen => "",
                    // a hard-wrapped line after one whose end was stripped (a wire header's notes) opens a new line
                    _ => line.Number == kept[k - 1].LastNumber + 1 ? (kept[k - 1].EndCut ? "\n" : nextLine) : "\n\n",
                };
                Separate(text, map, separator);
            }
            for (var i = 0; i < line.Segments.Count; i++)
            {
                if (i > 0) Separate(text, map, line.Marked.Contains(i) || line.Spaced.Contains(i) ? " " : "\n");
                var (start, length) = line.Segments[i];
                // a wiki cell joined to its row: its mark doubled ("| Elmwood" goes on as "|| Elmwood"), the copy mapped to the mark
                if (line.Marked.Contains(i))
                {
                    map.Keep(start, 1);
                    text.Append(article.Text[start]);
                }
                // a word broken by a hyphen that is no part of it loses the hyphen
                if (i == line.Segments.Count - 1 && k + 1 < kept.Count && joints[k + 1] == SoftWrap.Join.Word) length--;
                map.Keep(start, length);
                text.Append(article.Text, start, length);
            }
        }
        return new Document(article, text.ToString(), map);
    }

    /// <summary>
    /// A wiki-markup table written a cell per line ("{|", "! Date", "! Town", "|-", "| 06 May", "| Elmwood", "|}"): each
    /// row's cells, and the header's, join the line of its first cell as segments after the doubled mark ("| 06 May ||
    /// Elmwood", "! Date !! Town"), as a row written on one line has them, so the row is read whole. Done before repeats
    /// are dropped: a cell equal to one of another row ("| ?", a province's name) stays in its row, and the row's key is
    /// all its cells'. A row starts after "|-" (or the table's opening); a pipe table's line (closing on a pipe), a line
    /// outside "{|" ... "|}" or after a blank one joins nothing.
    /// </summary>
    private static void JoinWikiCells(string text, List<Line> lines)
    {
        Line? row = null;
        char? rowMark = null;
        var last = -1;
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.Dropped || line.Segments.Count == 0) continue;
            var body = LineText(text, line);
            if (body.StartsWith("{|") || body.StartsWith("|}")) { inTable = body[0] == '{'; row = null; continue; }
            var mark = inTable ? CellMark(body) : null;
            if (mark is null) { row = null; continue; }
            if (row is not null && mark == rowMark && line.Number == last + 1 && line.Segments.Count == 1)
            {
                row.Marked.Add(row.Segments.Count);
                row.Segments.Add(line.Segments[0]);
                row.Key += "\n" + line.Key;
                line.Dropped = true;
                last = row.LastNumber = line.Number;
                continue;
            }
            (row, rowMark, last) = (line, mark, line.Number);
        }
    }

    /// <summary>The line's text from its first segment to its last, trimmed.</summary>
    private static ReadOnlySpan<char> LineText(string text, Line line)
    {
        var (start, _) = line.Segments[0];
        var (lastStart, lastLength) = line.Segments[^1];
        return text.AsSpan(start, lastStart + lastLength - start).Trim();
    }

    /// <summary>The mark a wiki table's cell line opens on ('|' for a data cell, '!' for a heading), or null: "|-", "|}", "|+", "||" open none.</summary>
    private static char? CellMark(ReadOnlySpan<char> line) =>
        line.Length >= 2 && line[0] is '|' or '!' && line[1] is not ('-' or '}' or '+' or '|' or '!') && line[^1] != '|' ? line[0] : null;

    private static void Separate(StringBuilder text, OffsetMap map, string separator)
    {
        map.Insert(separator.Length);
        text.Append(separator);
    }

    /// <summary>The range without white space (and a line's "\r") at either end.</summary>
    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && LineKey.IsBlank(text[start])) start++;
        while (end > start && LineKey.IsBlank(text[end - 1])) end--;
        return (start, end - start);
    }
}
