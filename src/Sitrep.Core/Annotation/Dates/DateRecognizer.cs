using Sitrep.Annotation.Numbers;

namespace Sitrep.Annotation.Dates;

/// <summary>
/// Finds dates in text and resolves them against the publication day: weekdays ("on Wednesday", "last Friday",
/// "Tuesday night"), relative days ("yesterday", "last night", "two days ago"), explicit dates with or without
/// year ("September 5, 2016", "5 Sept.", "16 NOV 89", "2016-09-05", "on the 5th"), months ("in February",
/// "last month", "February 2016"), years ("in 2014", "mid-2014") and starting points ("since March 2011").
/// A date without year takes the publication year, or the year before when that would put it more than a week
/// after publication. Without a publication day only dates that carry their year are resolved, and days written
/// without year after one ("November 21 1974 ... on November 21") take its year. All-numeric dates
/// ("4/11/2025", "04.11.2025", "4-11-2025") are read day/month or month/day as a weekday beside them decides
/// ("Selasa (4/11/2025)"), else the reading nearest before publication (see <see cref="ResolveNumeric"/>); "9/11"
/// without year is skipped. One pass; the words are in data/lexicons/dates.tsv.
/// </summary>
public sealed class DateRecognizer
{
    private const string Day = "day", Month = "month", Year = "year";

    /// <summary>How far after publication a date without year may fall before it is taken as last year's.</summary>
    private const int FutureSlackDays = 7;

    private static readonly Lazy<DateRecognizer> LazyDefault = new(() =>
        Load(DataFiles.PathOf("lexicons", "dates.tsv"), DataFiles.PathOf("lexicons", "numbers.tsv")));

    private readonly DateLexicon _words;
    private readonly NumberLexicon _numbers;

    private readonly StartWords _starts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lineWords;

    private DateRecognizer(DateLexicon words, NumberLexicon numbers)
    {
        _words = words;
        _numbers = numbers;
        _lineWords = words.LineWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new StartWords(words.Since.FirstKeys, words.Modifiers.FirstKeys, words.Relative.FirstKeys, words.Last.FirstKeys,
            words.Next.FirstKeys, words.Weekdays.FirstKeys, words.Months.FirstKeys, words.DayOf.FirstKeys, words.DayWords.FirstKeys,
            numbers.Units.FirstKeys, numbers.Phrases.FirstKeys, numbers.Articles.FirstKeys, words.Stays.FirstKeys);
    }

    /// <summary>The recognizer of the data files beside the program (data/lexicons/dates.tsv and numbers.tsv).</summary>
    public static DateRecognizer Default => LazyDefault.Value;

    /// <summary>A recognizer of the given lexicons (numbers.tsv for the counts of "two days ago").</summary>
    public static DateRecognizer Load(string datesPath, string numbersPath) =>
        new(DateLexicon.Load(datesPath), NumberLexicon.Load(numbersPath, datesPath));

    /// <summary>A date read at some pieces: [First, Next), resolved to <see cref="Date"/> (null: read but not resolvable).</summary>
    private readonly record struct Found(int First, int Next, DateOnly? Date, string Precision, bool Relative = false, bool Ago = false);

    /// <summary>The dates in text[start..end): sorted, not overlapping, offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? published, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0) end = text.Length;
        if (start < 0 || start > end || end > text.Length) throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not inside a text of {text.Length} characters");
        return Recognize(text, published, Pieces.Of(text, start, end));
    }

    /// <summary>The dates in the pieces of a text (see <see cref="Pieces"/>); the annotator cuts the pieces once for numbers and dates.</summary>
    internal IReadOnlyList<DateMention> Recognize(string text, DateOnly? published, List<Piece> pieces)
    {
        var planned = PlannedWeekdays(text, pieces);
        var found = RecognizeAll(text, published, pieces, planned, periods: null);
        // a report that covers a past period ("Period covered: Monday 6 July - Sunday 12 July"): its bare weekdays are that period's
        if (CoveredPeriods(text, pieces, found, published) is { } covered) found = RecognizeAll(text, published, pieces, planned, covered);
        return WithoutItemCounters(text, WithChronologyYears(text, pieces, WithCountsAfter(text, pieces, WithWeekdayOfCountBefore(text, pieces, WithLastWeekdayOfCount(text, pieces, found, published), published)), published));
    }

    /// <summary>A line that opens on an item's count of a numbered series ("6/18 - A girl waits in the ward").</summary>
    private static readonly System.Text.RegularExpressions.Regex ItemCounter =
        new(@"^[ \t]*(?<n>\d{1,3})/(?<of>\d{1,3})(?![\d/])", System.Text.RegularExpressions.RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    /// <summary>The fewest lines a series of item counts opens (<see cref="WithoutItemCounters"/>).</summary>
    private const int MinItemCounters = 3;

    /// <summary>
    /// A photo gallery's or a thread's numbered items open their lines on "1/18", "2/18", ... "12/18": the count of each
    /// item out of the same total, no day. At least <see cref="MinItemCounters"/> lines opening on counts of one total
    /// larger than 12 (no month), one of them the first ("1/18"), none above the total: those counts date nothing.
    /// </summary>
    private static List<DateMention> WithoutItemCounters(string text, List<DateMention> found)
    {
        if (found.Count == 0 || text.IndexOf('/') < 0) return found;
        var counters = ItemCounter.Matches(text).Select(m => (Start: m.Groups["n"].Index, N: int.Parse(m.Groups["n"].Value), Of: int.Parse(m.Groups["of"].Value)))
            .GroupBy(c => c.Of)
            .Where(g => g.Key > 12 && g.All(c => c.N >= 1 && c.N <= g.Key) && g.Any(c => c.N == 1) && g.Select(c => c.N).Distinct().Count() >= MinItemCounters)
            .SelectMany(g => g.Select(c => c.Start)).ToHashSet();
        return counters.Count == 0 ? found : found.Where(d => !counters.Contains(d.Start)).ToList();
    }

    /// <summary>A line that opens on a year and a dash, an item of a chronology ("1987 – A fire destroys the mill").</summary>
    private static readonly System.Text.RegularExpressions.Regex ChronologyItem =
        new(@"^[ \t]*(?:[-•*][ \t]*)?(?<y>1[89]\d\d|20\d\d)[ \t]*[–—-][ \t]+(?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    /// <summary>Fewest items that make a chronology: one year-led line alone may be a clock time or a score.</summary>
    private const int MinChronologyItems = 2;

    /// <summary>
    /// The items of a chronology, as an "On this day" page or an explainer's timeline lists them, each line opening on its
    /// year and a dash ("1987 – A fire destroys the mill", "2004 – Gunmen attack the depot"): the year dates its item, with
    /// no cue word before it. Only in a list of at least <see cref="MinChronologyItems"/> such lines, none after the
    /// publication year, and one at least that no clock time can be (its last two figures 60 or more: "1987", not "2015",
    /// which a log of the day writes for 20:15).
    /// </summary>
    private static List<DateMention> WithChronologyYears(string text, List<Piece> pieces, List<DateMention> found, DateOnly? published)
    {
        if (pieces.Count == 0) return found;
        int from = pieces[0].Start, to = pieces[^1].End;
        var items = new List<(int Start, int End, int Year)>();
        for (var m = ChronologyItem.Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            var y = m.Groups["y"];
            items.Add((y.Index, y.Index + y.Length, int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (items.Count < MinChronologyItems || !items.Any(i => i.Year % 100 >= 60)) return found;
        if (published is { } pub && items.Any(i => i.Year > pub.Year)) return found;
        var added = items.Where(i => !found.Any(d => d.Start < i.End && i.Start < d.End))
            .Select(i => new DateMention(i.Start, i.End, new DateOnly(i.Year, 1, 1), Year)).ToList();
        return added.Count == 0 ? found : found.Concat(added).OrderBy(d => d.Start).ToList();
    }

    /// <summary>
    /// "nine days after he was shot" (dates.tsv kind count_after) counts back from the day its sentence tells: the day
    /// written earlier in the same sentence ("died on Monday 13 July, nine days after he was shot" is 4 July); with no
    /// such day, the count must open its sentence ("A day after the hall was torched, the mayor said ...") and
    /// counts back from publication, as read; after any other word ("he was arrested two days after the raid") the day
    /// it counts from is not told, and the count dates nothing. A day written after it in the same sentence leaves it out.
    /// </summary>
    private List<DateMention> WithCountsAfter(string text, List<Piece> pieces, List<DateMention> found)
    {
        List<DateMention>? kept = null;
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            var j = mention.Precision == Day && !mention.Since ? pieces.FindIndex(q => q.Start == mention.Start) : -1;
            if (j < 0 || !TryCountAfter(text, pieces, j, null, out var count))
            {
                kept?.Add(mention);
                continue;
            }
            kept ??= found.Take(m).ToList();
            // a day written after it in its sentence is the attack's own ("Four weeks after the bombing on 12 May, ...") or
            // the day counted from ("Two weeks after a bomb hit X, a second struck Y on Tuesday"): the count adds nothing
            if (m + 1 < found.Count && found[m + 1] is { Precision: Day, Since: false } later && OneSentence(text, mention.End, later.Start)) continue;
            var anchor = m > 0 && found[m - 1] is { Precision: Day, Since: false } before && OneSentence(text, before.End, mention.Start) ? before : null;
            if (anchor is not null) kept.Add(mention with { Date = anchor.Date.AddDays(-count.Days), CountedBack = true });
            else if (OpensSentence(text, pieces, j)) kept.Add(mention with { CountedBack = true });
        }
        return kept ?? found;
    }

    /// <summary>No sentence ends in text[from..to): no line break, no full stop, question or exclamation mark before a space.</summary>
    private static bool OneSentence(string text, int from, int to)
    {
        for (var c = from; c < to; c++)
            if (text[c] == '\n' || (text[c] is '.' or '!' or '?' && c + 1 < to && char.IsWhiteSpace(text[c + 1]))) return false;
        return true;
    }

    /// <summary>The piece opens its sentence: the text's first, or after a line break or a sentence's closing mark.</summary>
    private static bool OpensSentence(string text, List<Piece> p, int j)
    {
        if (j == 0) return true;
        for (var c = p[j - 1].End; c < p[j].Start; c++)
            if (text[c] == '\n') return true;
        return p[j - 1].Kind == TokenKind.Punctuation && p[j - 1].Of(text) is "." or "!" or "?";
    }

    /// <summary>"a day after", "nine days after", "two weeks after" (dates.tsv kind count_after): a count of days, counted back from publication here.</summary>
    private bool TryCountAfter(string text, List<Piece> p, int j, DateOnly? published, out (Found Found, int Days) count)
    {
        count = default;
        if (!TryCountOfUnits(text, p, j, 366, out var n, out var unit, out var afterUnit) || unit.Precision != Day
            || !_words.CountAfter.TryMatch(text, p, afterUnit, out _, out var afterAfter)) return false;
        var days = (int)n * unit.Amount;
        count = (new Found(j, afterAfter, published is { } pub ? pub.AddDays(-days) : null, Day), days);
        return true;
    }

    /// <summary>
    /// "last Thursday" in a text published on a Friday is the day before, unless a count back in the same text ("eight
    /// days ago") tells the Thursday of the week before: then that is the Thursday meant (the writer counted from it).
    /// </summary>
    private List<DateMention> WithLastWeekdayOfCount(string text, List<Piece> pieces, List<DateMention> found, DateOnly? published)
    {
        if (published is not { } pub || found.Count < 2) return found;
        var weekBefore = pub.AddDays(-8);
        List<int>? lasts = null;
        var counted = false;
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Precision != Day || mention.Since) continue;
            var j = pieces.FindIndex(q => q.Start == mention.Start);
            if (j < 0) continue;
            if (mention.Date == pub.AddDays(-1) && _words.Last.TryMatch(text, pieces, j, out _, out var afterLast)
                && DateLexicon.TryWord(_words.Weekdays, text, pieces, afterLast, out var day) && !day.Dated)
                (lasts ??= []).Add(m);
            else if (mention.Date == weekBefore && TryAgo(text, pieces, j, published, out var ago) && ago.Precision == Day)
                counted = true;
        }
        if (lasts is null || !counted) return found;
        var moved = new List<DateMention>(found);
        foreach (var m in lasts) moved[m] = moved[m] with { Date = weekBefore };
        return moved;
    }

    /// <summary>
    /// "exactly one week ago, on Thursday night" in a text published on a Thursday: a bare weekday set right after a count
    /// back ("one week ago", "two days ago"), only a comma, a dash or "on" between them, restates the day counted back when
    /// that day falls on the weekday, not the publication day's own weekday.
    /// </summary>
    private List<DateMention> WithWeekdayOfCountBefore(string text, List<Piece> pieces, List<DateMention> found, DateOnly? published)
    {
        if (published is null || found.Count < 2) return found;
        List<DateMention>? moved = null;
        for (var m = 1; m < found.Count; m++)
        {
            var (before, mention) = (found[m - 1], found[m]);
            if (before.Precision != Day || mention.Precision != Day || before.Since || mention.Since || mention.Date == before.Date
                || mention.Date.DayOfWeek != before.Date.DayOfWeek || mention.Start < before.End || !Apposition(text.AsSpan(before.End, mention.Start - before.End))) continue;
            var j = pieces.FindIndex(q => q.Start == before.Start);
            var k = pieces.FindIndex(q => q.Start == mention.Start);
            if (j < 0 || k < 0 || !TryAgo(text, pieces, j, published, out var ago) || ago.Precision != Day
                || !DateLexicon.TryWord(_words.Weekdays, text, pieces, k, out var day) || day.Dated) continue;
            (moved ??= new List<DateMention>(found))[m] = mention with { Date = before.Date };
        }
        return moved ?? found;
    }

    /// <summary>What stands between a count back and the weekday that restates it: a comma or a dash, perhaps "on".</summary>
    private static bool Apposition(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.Length == 0 || gap[0] is not (',' or '-' or '\u2013' or '\u2014')) return false;
        gap = gap[1..].Trim();
        return gap.Length == 0 || gap.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    private List<DateMention> RecognizeAll(string text, DateOnly? published, List<Piece> pieces, IReadOnlySet<int> planned, List<Period>? periods)
    {
        List<DateMention>? found = null;
        // an undated text's year for the days it writes without one: that of the last day written with its year
        // ("the events of November 21 1974 ... a call at 8.11pm on November 21")
        int? textYear = null;
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Kind == TokenKind.Punctuation || !_starts.MayStart(text, pieces, i))
            {
                i++;
                continue;
            }
            // a length of stay ("was kept in overnight", "stayed overnight") tells no day: its day word is skipped
            if (_words.Stays.TryMatch(text, pieces, i, out _, out var afterStay))
            {
                i = afterStay;
                continue;
            }
            var next = TryAt(text, pieces, i, published, textYear, planned, PeriodAt(periods, pieces[i].Start), ref found);
            if (published is null && found is [.., { Precision: Day, Since: false } last]) textYear = last.Date.Year;
            i = next > i ? next : i + 1;
        }
        return found is null ? [] : found;
    }

    /// <summary>The first and last day of the period a report covers, told in the line that starts at <see cref="Line"/>.</summary>
    private readonly record struct Period(DateOnly From, DateOnly To, int Line);

    /// <summary>
    /// The period a bare weekday at <paramref name="position"/> falls in: that of the last period line before it (a digest
    /// that quotes the digest of the week before tells each week's days under its own heading), else the first.
    /// </summary>
    private static Period? PeriodAt(List<Period>? periods, int position)
    {
        if (periods is null) return null;
        var at = periods[0];
        foreach (var period in periods)
            if (period.Line <= position) at = period;
        return at;
    }

    /// <summary>The longest period whose bare weekdays are read inside it (a week's or a month's brief).</summary>
    private const int LongestPeriodDays = 31;

    /// <summary>
    /// The past period a brief or bulletin says it covers: two days written in one line, joined by a dash or a word of
    /// dates.tsv kind <c>range</c>, after a word of kind <c>period</c> in that line ("Period covered: Monday 3 March -
    /// Sunday 9 March", "Reporting period: 1 to 7 June"), the second day after the first by at most
    /// <see cref="LongestPeriodDays"/> and before publication, or the week from a day a heading writes after a word of kind
    /// <c>week_of</c> ("Security brief - the week of 5 September"). The brief issued on the Monday after tells "on Monday"
    /// of the Monday it covers, not of its own day. Every such line in order, at most one a line (a digest that quotes the
    /// digest of the week before has two).
    /// </summary>
    private List<Period>? CoveredPeriods(string text, List<Piece> pieces, List<DateMention> found, DateOnly? published)
    {
        if (published is not { } pub) return null;
        List<Period>? periods = null;
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Precision != Day || a.Since) continue;
            // "Weekly digest, the week of 6 April" (dates.tsv kind week_of), a heading: the seven days from that one
            if (WeekOfBefore(text, pieces, a.Start) && IsHeadingLine(text, a.Start) && a.Date.AddDays(6) < pub)
            {
                (periods ??= []).Add(new Period(a.Date, a.Date.AddDays(6), LineStart(text, a.Start)));
                continue;
            }
            if (k + 1 >= found.Count) continue;
            var b = found[k + 1];
            if (b.Precision != Day || b.Since) continue;
            if (b.Date <= a.Date || b.Date.DayNumber - a.Date.DayNumber > LongestPeriodDays || b.Date >= pub) continue;
            if (!JoinsRange(text, pieces, a.End, b.Start) || !PeriodWordBefore(text, pieces, a.Start)) continue;
            var line = LineStart(text, a.Start);
            if (periods is [.., var last] && last.Line == line) continue; // one period a line
            (periods ??= []).Add(new Period(a.Date, b.Date, line));
            k++;
        }
        return periods;
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    /// <summary>The longest line read as a heading (a digest's title or week line).</summary>
    private const int LongestHeadingLine = 100;

    /// <summary>The line holding <paramref name="at"/> is short and ends without a sentence's full stop: a title or heading.</summary>
    private static bool IsHeadingLine(string text, int at)
    {
        var start = LineStart(text, at);
        var end = text.IndexOf('\n', at);
        if (end < 0) end = text.Length;
        var line = text.AsSpan(start, end - start).Trim();
        return line.Length <= LongestHeadingLine && !line.EndsWith(".");
    }

    /// <summary>A phrase of dates.tsv kind <c>week_of</c> ends right before <paramref name="at"/>: "the week of 6 April".</summary>
    private bool WeekOfBefore(string text, List<Piece> pieces, int at)
    {
        var i = pieces.FindIndex(p => p.Start == at);
        for (var b = i - 1; b >= 0 && b >= i - 3; b--)
            if (_words.WeekOf.TryMatch(text, pieces, b, out _, out var end) && end == i) return true;
        return false;
    }

    /// <summary>Between the two days stands only a dash or a word of kind <c>range</c> ("–", "to", "until").</summary>
    private bool JoinsRange(string text, List<Piece> pieces, int from, int to)
    {
        var between = pieces.FindAll(p => p.Start >= from && p.End <= to);
        if (between.Count != 1) return false;
        var piece = between[0];
        if (piece.Kind == TokenKind.Punctuation) return text[piece.Start] is '-' or '\u2013' or '\u2014';
        var at = pieces.IndexOf(piece);
        return _words.RangeWords.TryMatch(text, pieces, at, out _, out var next) && next == at + 1;
    }

    /// <summary>
    /// The piece after the second of two bare weekdays joined by a dash or a word of dates.tsv kind <c>range</c> from the
    /// weekday at <paramref name="j"/> ("Monday to Friday", "Mon-Fri", "Monday through Saturday"): the days of a weekly
    /// schedule, opening hours or a timetable, which date nothing. Null when no second weekday follows, when a date is
    /// written beside either ("Monday 3 March to Friday 7 March"), when the two follow each other ("in the night of
    /// Wednesday to Thursday"), or when a word of kind <c>span_start</c> stands right before the first ("from Monday to
    /// Wednesday", "the night of Monday to Wednesday": a stretch of the news).
    /// </summary>
    /// <summary>The fewest days from the first weekday of a schedule to its last ("Monday to Wednesday"; not "Friday to Saturday").</summary>
    private const int MinScheduleDays = 2;

    private int? WeeklySchedule(string text, List<Piece> p, int j)
    {
        var k = j + 1;
        if (k + 1 >= p.Count) return null;
        var dash = p[k].Kind == TokenKind.Punctuation && text[p[k].Start] is '-' or '\u2013' or '\u2014';
        var next = k + 1;
        if (!dash && !(_words.RangeWords.TryMatch(text, p, k, out _, out next) && next == k + 1)) return null;
        if (!DateLexicon.TryWord(_words.Weekdays, text, p, next, out var last) || !DateLexicon.TryWord(_words.Weekdays, text, p, j, out var first)) return null;
        // "the night of Wednesday to Thursday": two days running are a night or a stretch of the news, not a schedule
        if ((last.Value - first.Value + 7) % 7 < MinScheduleDays) return null;
        var after = next + 1;
        if (after < p.Count && (p[after].Kind == TokenKind.Number || (p[after].Is(text, ',') && after + 1 < p.Count && p[after + 1].Kind == TokenKind.Number))) return null;
        for (var b = j - 1; b >= 0 && b >= j - 2; b--)
            if (_words.SpanStarts.TryMatch(text, p, b, out _, out var end) && end == j) return null;
        return after;
    }

    /// <summary>A word of kind <c>period</c> stands in the line before <paramref name="at"/>.</summary>
    private bool PeriodWordBefore(string text, List<Piece> pieces, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        for (var j = 0; j < pieces.Count && pieces[j].Start < at; j++)
            if (pieces[j].Start >= lineStart && pieces[j].Kind == TokenKind.Word && _words.Periods.TryMatch(text, pieces, j, out _, out _)) return true;
        return false;
    }

    /// <summary>How many of a page's first non-empty lines may hold its date line (address, headline, byline, date).</summary>
    private const int PageHeadLines = 6;
    /// <summary>The longest date line: a label, a date, a time and a zone or two.</summary>
    private const int PageDateLineLength = 90;

    /// <summary>
    /// The publication day a page shows in a line of its own near its top ("Wed, 14 Mar 2012 07:15 AM",
    /// "Published: March 14, 2012", "15 March 2012 Last updated at 08:05 GMT"), for an article whose source
    /// gave none. <paramref name="undated"/> are the text's dates read without a publication day, so a day among them
    /// has its year written. The line may hold nothing but that date, numbers, punctuation and the words of
    /// dates.tsv's kind <c>stamp</c> (labels, times, zones), month and weekday names; a sentence that gives a date
    /// ("The attack of 14 Mar 2012 ...") is no date line.
    /// </summary>
    public DateOnly? PageDate(string text, IReadOnlyList<DateMention> undated)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var date in undated)
        {
            if (date.Precision != Day || date.Since) continue;
            var lineStart = date.Start == 0 ? 0 : text.LastIndexOf('\n', date.Start - 1) + 1;
            if (NonEmptyLinesBefore(text, lineStart) >= PageHeadLines) return null;
            if (StandsOnItsLine(text, date)) return date.Date;
        }
        return null;
    }

    /// <summary>
    /// The day stands on a date line of its own, anywhere in the text: a page's, or an entry's of a feed or a list
    /// ("&lt;pubDate&gt;Mon, 07 Sep 2026 09:00:00 +0000&lt;/pubDate&gt;", "Posted 3 March 2026, 14:05"); the line, at most
    /// <see cref="PageDateLineLength"/> characters, holds nothing but the date, numbers, punctuation and the words of
    /// dates.tsv's kind <c>stamp</c>, month and weekday names. Not a day counted from publication by a word alone.
    /// </summary>
    public bool StandsOnItsLine(string text, DateMention date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(date);
        if (date.Precision != Day || date.Since || date.Relative) return false;
        var lineStart = date.Start == 0 ? 0 : text.LastIndexOf('\n', date.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', date.End);
        if (lineEnd < 0) lineEnd = text.Length;
        return lineEnd - lineStart <= PageDateLineLength && (OnlyLineWords(text, lineStart, date.Start) && OnlyLineWords(text, date.End, lineEnd)
                                                             || MessageStamp.HeadsPost(text, date));
    }

    private static int NonEmptyLinesBefore(string text, int position)
    {
        var count = 0;
        var sawText = false;
        for (var i = 0; i < position; i++)
        {
            if (text[i] == '\n')
            {
                if (sawText) count++;
                sawText = false;
            }
            else if (!char.IsWhiteSpace(text[i])) sawText = true;
        }
        return count;
    }

    /// <summary>Every run of letters in text[start..end) is a word a date line may hold.</summary>
    private bool OnlyLineWords(string text, int start, int end)
    {
        Span<char> lower = stackalloc char[32];
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var s = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i - s > lower.Length) return false;
            var word = lower[..(i - s)];
            text.AsSpan(s, i - s).ToLowerInvariant(word);
            if (!_lineWords.Contains(word)) return false;
        }
        return true;
    }

    private int TryAt(string text, List<Piece> p, int i, DateOnly? published, int? textYear, IReadOnlySet<int> plannedDays, Period? period, ref List<DateMention>? found)
    {
        var w = _words;
        var j = i;
        var since = false;
        if (w.Since.TryMatch(text, p, i, out _, out var afterSince))
        {
            since = true;
            j = afterSince;
        }
        var cue = since || w.Cues.EndsAt(text, p, j, 1);
        var yearCue = cue || w.YearCues.EndsAt(text, p, j, 1);
        var ok = TryCore(text, p, j, published, textYear, cue, yearCue, plannedDays, period, out var date);
        var first = since ? i : date.First;
        if (!ok && w.Modifiers.TryMatch(text, p, j, out _, out var afterModifier))
        {
            if (afterModifier < p.Count && p[afterModifier].IsHyphen(text) && p[afterModifier].Glued) afterModifier++;
            ok = TryCore(text, p, afterModifier, published, textYear, true, true, plannedDays, period, out date);
            first = i;
        }
        if (!ok) return i;
        if (date.Date is { } d)
            (found ??= []).Add(new DateMention(p[first].Start, p[date.Next - 1].End, d, date.Precision, since) { Relative = date.Relative, Ago = date.Ago });
        return date.Next;
    }

    private bool TryCore(string text, List<Piece> p, int j, DateOnly? published, int? textYear, bool cue, bool yearCue, IReadOnlySet<int> plannedDays, Period? period, out Found date)
    {
        date = default;
        if (j >= p.Count) return false;
        var w = _words;
        if (p[j].Kind == TokenKind.Number)
            return TryIso(text, p, j, out date) || TryNumeric(text, p, j, published, null, out date) || TrySlashes(text, p, j, published, out date) || TryDayFirst(text, p, j, published, textYear, out date) ||
                   TryDayRange(text, p, j, j, published, textYear, out date) ||
                   TryAgo(text, p, j, published, out date) || TryCountAfterDate(text, p, j, published, out date) || (yearCue && TryYear(text, p, j, out date));
        if (p[j].Kind != TokenKind.Word) return false;

        if (w.Relative.TryMatch(text, p, j, out var offset, out var afterRelative))
        {
            var next = offset.Precision == Day ? AfterDaypart(text, p, afterRelative) : afterRelative;
            // "the two men will be buried today", "he is due to appear in court this afternoon": a future verb before the
            // publication's own day (the same reach as before a weekday) tells a plan; the day dates nothing
            var plan = offset.Precision == Day && offset.Amount >= 0 && FollowsFutureVerb(text, p, j);
            date = new Found(j, next, published is { } pub && !plan ? Shift(pub, offset.Amount, offset.Precision) : null, offset.Precision, Relative: true);
            return true;
        }
        if (w.Last.TryMatch(text, p, j, out _, out var afterLast) && DateLexicon.TryWord(w.Weekdays, text, p, afterLast, out var lastDay) && !lastDay.Dated)
        {
            date = new Found(j, AfterDaypart(text, p, afterLast + 1), Weekday(published, lastDay.Value, strict: true), Day);
            return true;
        }
        if (w.Last.TryMatch(text, p, j, out _, out afterLast) && DateLexicon.TryWord(w.Months, text, p, afterLast, out var lastMonth) && !lastMonth.Dated &&
            !IsFollowedByDay(text, p, afterLast + 1))
        {
            date = new Found(j, afterLast + 1, LastMonth(published, lastMonth.Value), Month);
            return true;
        }
        if (w.Next.TryMatch(text, p, j, out _, out var afterNext) &&
            (DateLexicon.TryWord(w.Weekdays, text, p, afterNext, out _) || DateLexicon.TryWord(w.Months, text, p, afterNext, out _)))
        {
            date = new Found(j, afterNext + 1, null, Day); // in the future: not an attack's date
            return true;
        }
        if (DateLexicon.TryWord(w.Weekdays, text, p, j, out var weekday))
        {
            // "Monday, Sept. 5": the explicit date decides
            var k = j + 1 < p.Count && p[j + 1].Is(text, ',') ? j + 2 : j + 1;
            if ((TryMonthFirst(text, p, k, published, textYear, false, out var exact) && exact.Precision == Day) || TryDayFirst(text, p, k, published, textYear, out exact))
            {
                date = exact with { First = j, Date = AgreeingYear(text, p, exact, published, weekday.Value) };
                return true;
            }
            // "on Saturday the 21st": the day of the month named, the latest on or before publication that falls on that weekday
            if (k + 1 < p.Count && p[k].Kind == TokenKind.Word && p[k].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase)
                && TryOrdinalDay(text, p, k + 1, out var dayOfMonth, out var afterDayOfMonth) && !w.NotDay.Matches(text, p, afterDayOfMonth))
            {
                date = new Found(j, AfterDaypart(text, p, afterDayOfMonth), WeekdayDayOfMonth(published, weekday.Value, dayOfMonth), Day);
                return true;
            }
            // "Monday 6 to Sunday 12 April": the first day of a range, not a bare Monday
            if (TryDayRange(text, p, k, j, published, textYear, out exact))
            {
                date = exact;
                return true;
            }
            // "Tuesday (4/11/2025)", "Selasa, 4/11/2025": the weekday picks the numeric date's reading
            var n = j + 1 < p.Count && (p[j + 1].Is(text, ',') || p[j + 1].Is(text, '(')) ? j + 2 : j + 1;
            if (TryNumeric(text, p, n, published, weekday.Value, out exact))
            {
                date = exact with { First = j, Next = n > j + 1 && p[n - 1].Is(text, '(') && exact.Next < p.Count && p[exact.Next].Is(text, ')') ? exact.Next + 1 : exact.Next };
                return true;
            }
            // "Thu 10/09 15:58", an alert's stamp: the weekday picks the day and month of a date without year
            if (TryWeekdayDayMonth(text, p, j + 1, published, weekday.Value, out exact))
            {
                date = exact with { First = j };
                return true;
            }
            // "Consular office (Monday to Friday)", "open Mon-Fri": two bare weekdays joined by a range word or a dash tell
            // a weekly schedule, no day; not after a word that opens a stretch of news ("fighting from Monday to Wednesday")
            if (WeeklySchedule(text, p, j) is { } afterSchedule)
            {
                date = new Found(j, afterSchedule, null, Day);
                return true;
            }
            if (weekday.Dated) return false; // a weekday of another language counts only beside its date
            // "during a Saturday night dance", "every Friday": no particular day (dates.tsv kind any_day)
            if (j > 0 && p[j - 1].Kind == TokenKind.Word && w.AnyDay.Contains(p[j - 1].Of(text).ToString()))
            {
                date = new Found(j, AfterDaypart(text, p, j + 1), null, Day);
                return true;
            }
            // "the ministry would hold a press conference on Tuesday": a plan, not a reported day
            // "the city will mourn on Thursday" and, elsewhere in the text, "Thursday will be a day of mourning": the same plan
            var planned = IsPlanned(text, p, j) || plannedDays.Contains(weekday.Value);
            var afterDay = AfterDaypart(text, p, j + 1);
            // "on the Monday of last week", "Tuesday night last week": that weekday of the week before publication's
            if (w.WeekBefore.TryMatch(text, p, afterDay, out _, out var afterWeek))
            {
                date = new Found(j, afterWeek, planned ? null : InWeekBefore(published, weekday.Value), Day);
                return true;
            }
            // "Two days later, on the Monday, a group posted ...", "on the Sunday she went back": "on the" before a bare
            // weekday tells a day of the week the narrative is in, which may be months before publication; no day of
            // publication's week is meant ("on Monday" is), so nothing is dated
            if (j >= 2 && p[j - 1].Kind == TokenKind.Word && p[j - 1].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase) && p[j - 2].Of(text).Equals("on", StringComparison.OrdinalIgnoreCase) && period is null)
            {
                date = new Found(j, afterDay, null, Day);
                return true;
            }
            date = new Found(j, afterDay, planned ? null : WeekdayIn(period, published, weekday.Value), Day);
            return true;
        }
        if (TryMonthFirst(text, p, j, published, textYear, cue, out date)) return true;
        if (TryDayWordFirst(text, p, j, published, textYear, out date)) return true;
        if (w.DayOf.TryMatch(text, p, j, out _, out var afterDayOf) && afterDayOf < p.Count && p[afterDayOf].Kind == TokenKind.Number)
        {
            if (TryDayFirst(text, p, afterDayOf, published, textYear, out date)) return true;
            // "on the 5th floor", "on the 3rd attempt": an ordinal of something else (dates.tsv kind notday)
            if (TryOrdinalDay(text, p, afterDayOf, out var day, out var afterDay) && !w.NotDay.Matches(text, p, afterDay))
            {
                date = new Found(afterDayOf, afterDay, DayOfMonth(published, day), Day);
                return true;
            }
        }
        return TryAgo(text, p, j, published, out date) || TryCountAfterDate(text, p, j, published, out date);
    }

    private bool TryCountAfterDate(string text, List<Piece> p, int j, DateOnly? published, out Found date)
    {
        var ok = TryCountAfter(text, p, j, published, out var count);
        date = count.Found;
        return ok;
    }

    /// <summary>The most days between the two days of a range written with one month ("6-12 April").</summary>
    private const int LongestDayRange = 31;

    /// <summary>
    /// The first day of a range of days that writes its month (and year) once, after the second day: "6-12 April",
    /// "6 to 12 April 2026", "Monday 6 to Sunday 12 April", "between 3 and 5 May" (dates.tsv kind <c>range_pair</c>, only
    /// after a word of kind <c>span_start</c>). The day number at <paramref name="j"/> takes the month and year of the
    /// second day and must come before it; the date read spans [<paramref name="first"/>, the day number]. The second
    /// day is read on its own after it.
    /// </summary>
    private bool TryDayRange(string text, List<Piece> p, int j, int first, DateOnly? published, int? textYear, out Found date)
    {
        date = default;
        if (j >= p.Count || p[j].Kind != TokenKind.Number || p[j].Length > 2) return false;
        var day = p[j].PlainValue(text);
        if (day is < 1 or > 31) return false;
        var k = j + 1;
        if (k < p.Count && p[k].Glued && p[k].Kind == TokenKind.Word && _words.Ordinals.MatchesExactly(text, p, k, k + 1)) k++;
        if (k + 1 >= p.Count) return false;
        int next;
        if (p[k].Kind == TokenKind.Punctuation && text[p[k].Start] is '-' or '\u2013' or '\u2014') next = k + 1;
        else if (_words.RangeWords.TryMatch(text, p, k, out _, out next) && next == k + 1) { }
        else if (!(_words.RangePairs.TryMatch(text, p, k, out _, out next) && next == k + 1 && SpanStartBefore(text, p, first))) return false;
        if (DateLexicon.TryWord(_words.Weekdays, text, p, next, out _)) next = next + 1 < p.Count && p[next + 1].Is(text, ',') ? next + 2 : next + 1;
        if (next >= p.Count || p[next].Kind != TokenKind.Number) return false;
        if (!TryDayFirst(text, p, next, published, textYear, out var second) || second.Precision != Day || second.Date is not { } end) return false;
        if (Valid(end.Year, end.Month, day) is not { } start || start >= end || end.DayNumber - start.DayNumber > LongestDayRange) return false;
        date = new Found(first, k, start, Day);
        return true;
    }

    /// <summary>A word of dates.tsv kind <c>span_start</c> ends right before piece <paramref name="j"/> ("between").</summary>
    private bool SpanStartBefore(string text, List<Piece> p, int j)
    {
        for (var b = j - 1; b >= 0 && b >= j - 2; b--)
            if (_words.SpanStarts.TryMatch(text, p, b, out _, out var end) && end == j) return true;
        return false;
    }

    /// <summary>"2016-09-05".</summary>
    private static bool TryIso(string text, List<Piece> p, int j, out Found date)
    {
        date = default;
        if (j + 4 >= p.Count || !p[j].IsDigits(text, 4)) return false;
        for (var k = j + 1; k <= j + 4; k++) if (!p[k].Glued) return false;
        if (!p[j + 1].IsHyphen(text) || !p[j + 3].IsHyphen(text) || p[j + 2].Length > 2 || p[j + 4].Length > 2) return false;
        var d = Valid(p[j].PlainValue(text), p[j + 2].PlainValue(text), p[j + 4].PlainValue(text));
        if (d is null) return false;
        date = new Found(j, j + 5, d, Day);
        return true;
    }

    /// <summary>
    /// "4/11/2025", "04/11/25", "4-11-2025", "04.11.2025" (one number piece), "2025/11/04": a day, a month and a year in
    /// digits. Year first is year/month/day; otherwise the order of day and month is settled by <see cref="ResolveNumeric"/>
    /// with the weekday written beside it (1-7, or null).
    /// </summary>
    private static bool TryNumeric(string text, List<Piece> p, int j, DateOnly? published, int? weekday, out Found date)
    {
        date = default;
        if (j >= p.Count || p[j].Kind != TokenKind.Number) return false;
        int a, b, c, next;
        bool yearFirst;
        var dotted = p[j].Of(text);
        if (dotted.Count('.') == 2 && DottedShortYear(dotted, published) is { } stamped)
        {
            date = new Found(j, j + 1, stamped, Day);
            return true;
        }
        if (dotted.Count('.') == 2 && TryDotted(dotted, out a, out b, out c))
        {
            next = j + 1;
            yearFirst = false;
        }
        else
        {
            if (j + 4 >= p.Count) return false;
            for (var k = j + 1; k <= j + 4; k++) if (!p[k].Glued) return false;
            var slash = p[j + 1].Is(text, '/') && p[j + 3].Is(text, '/');
            if (!slash && !(p[j + 1].IsHyphen(text) && p[j + 3].IsHyphen(text))) return false;
            if (p[j + 4].Kind != TokenKind.Number || p[j + 2].Kind != TokenKind.Number) return false;
            if (j + 5 < p.Count && p[j + 5].Glued && (p[j + 5].Kind != TokenKind.Punctuation || p[j + 5].Is(text, '/') || p[j + 5].IsHyphen(text))) return false;
            yearFirst = slash && p[j].IsDigits(text, 4);
            var yearDigits = yearFirst ? 0 : p[j + 4].Length;
            if (!yearFirst && !(yearDigits == 4 || (slash && yearDigits == 2))) return false;
            if (p[j].Length > (yearFirst ? 4 : 2) || p[j + 2].Length > 2 || p[j + 4].Length > (yearFirst ? 2 : 4)) return false;
            (a, b, c) = (p[j].PlainValue(text), p[j + 2].PlainValue(text), p[j + 4].PlainValue(text));
            if (!yearFirst && yearDigits == 2) c = TwoDigitYear(c, published);
            next = j + 5;
        }
        if (yearFirst)
        {
            if (Valid(a, b, c) is not { } ymd) return false;
            date = new Found(j, next, ymd, Day);
            return true;
        }
        if (c is < 1900 or > 2099 || (Valid(c, b, a) is null && Valid(c, a, b) is null)) return false;
        date = new Found(j, next, ResolveNumeric(a, b, c, published, weekday), Day);
        return true;
    }

    /// <summary>
    /// "15.10.19", as a channel export stamps its posts: three pairs of digits with stops, a day, a month and a year of
    /// two digits, which may be read day.month.year or year.month.day (stops, unlike slashes, never put the month
    /// first). Only a reading that falls in
    /// the year before publication (up to <see cref="FutureSlackDays"/> after it) is the date, when the readings that do
    /// all give one day; none or two days, no date (without a publication day, none either).
    /// </summary>
    private static DateOnly? DottedShortYear(ReadOnlySpan<char> s, DateOnly? published)
    {
        if (published is not { } pub || s.Length != 8 || s[2] != '.' || s[5] != '.') return null;
        if (!int.TryParse(s[..2], out var a) || !int.TryParse(s[3..5], out var b) || !int.TryParse(s[6..], out var c)) return null;
        DateOnly? found = null;
        foreach (var reading in new[] { Valid(2000 + c, b, a), Valid(2000 + a, b, c) })
        {
            if (reading is not { } r || r > pub.AddDays(FutureSlackDays) || r < pub.AddYears(-1)) continue;
            if (found is not null && found != r) return null;
            found = r;
        }
        return found;
    }

    /// <summary>"04.11.2025": two digits or one, two or one, four.</summary>
    private static bool TryDotted(ReadOnlySpan<char> s, out int a, out int b, out int c)
    {
        a = b = c = -1;
        var first = s.IndexOf('.');
        var second = s[(first + 1)..].IndexOf('.') + first + 1;
        if (first is < 1 or > 2 || second - first - 1 is < 1 or > 2 || s.Length - second - 1 != 4) return false;
        return int.TryParse(s[..first], out a) && int.TryParse(s[(first + 1)..second], out b) && int.TryParse(s[(second + 1)..], out c) &&
               !s.Contains(',') && !s.Contains(':');
    }

    /// <summary>
    /// The day of an all-numeric date "a/b/year", which may be day/month or month/day: the reading whose weekday is the one
    /// written beside it, when exactly one agrees; else the reading not after publication and nearest to it; without a
    /// publication day, the only valid reading ("25/11/2025"), or none when both are.
    /// </summary>
    private static DateOnly? ResolveNumeric(int a, int b, int year, DateOnly? published, int? weekday)
    {
        var dayMonth = Valid(year, b, a);
        var monthDay = Valid(year, a, b);
        if (dayMonth is null || monthDay is null || dayMonth == monthDay) return dayMonth ?? monthDay;
        if (weekday is { } w)
        {
            var dmAgrees = (int)dayMonth.Value.DayOfWeek == w % 7;
            var mdAgrees = (int)monthDay.Value.DayOfWeek == w % 7;
            if (dmAgrees != mdAgrees) return dmAgrees ? dayMonth : monthDay;
        }
        if (published is not { } pub) return null;
        DateOnly? best = null;
        foreach (var reading in new[] { dayMonth.Value, monthDay.Value })
            if (reading <= pub && (best is null || reading > best)) best = reading;
        return best;
    }

    /// <summary>
    /// The day of a weekday written with a day and a month but no year ("Saturday 17 September", "Tue, March 3"): the
    /// publication year's (or the year before's, <see cref="ResolveDay"/>) when the weekday agrees with it; else, when that
    /// day falls in the publication's own week, the year whose calendar agrees with the weekday nearest publication, up to
    /// <see cref="AgreeingYearsBack"/> years before it (an anniversary piece's "Friday 14 November" of last year, a week
    /// after the date), or a day ahead up to <see cref="AgreeingDaysAhead"/> days (a newsletter's "Saturday 10 October" to
    /// come); no year agreeing, the day as read. A day weeks back keeps its year (the weekday is likelier a slip). A
    /// written year is kept as written.
    /// </summary>
    private static DateOnly? AgreeingYear(string text, List<Piece> p, Found exact, DateOnly? published, int weekday)
    {
        if (published is not { } pub || exact.Date is not { } day || (int)day.DayOfWeek == weekday % 7) return exact.Date;
        // a weekday that disagrees with a day weeks or months back is more often a slip of the writer's ("Tuesday, 5 August"
        // in a report a month on) than another year: only a day read in the publication's own week, which the writer
        // would not misname, or a plan ahead is moved
        var ownWeek = Math.Abs(day.DayNumber - pub.DayNumber) <= FutureSlackDays;
        for (var i = exact.First; i < exact.Next && i < p.Count; i++)
            if (p[i].Kind == TokenKind.Number && p[i].PlainValue(text) > 31) return exact.Date; // a year written
        DateOnly? best = null;
        for (var year = pub.Year + 1; year >= pub.Year - AgreeingYearsBack; year--)
            if (Valid(year, day.Month, day.Day) is { } r && (int)r.DayOfWeek == weekday % 7 && r <= pub.AddDays(AgreeingDaysAhead) && (ownWeek || r > pub)
                && r >= pub.AddYears(-AgreeingYearsBack) && (best is null || Math.Abs(r.DayNumber - pub.DayNumber) < Math.Abs(best.Value.DayNumber - pub.DayNumber)))
                best = r;
        return best ?? exact.Date;
    }

    /// <summary>Most years before publication <see cref="AgreeingYear"/> looks for a calendar that agrees with a weekday.</summary>
    private const int AgreeingYearsBack = 6;

    /// <summary>Most days after publication a day a weekday agrees with may be (a plan of the weeks to come).</summary>
    private const int AgreeingDaysAhead = 62;

    /// <summary>How long before publication a weekday's day and month without year may fall ("Thu 10/09").</summary>
    private const int WeekdayDayMonthReachDays = 366;

    /// <summary>
    /// "Thu 10/09", "Mon 3/11", as alerts and live pages stamp their lines: a weekday right before a day and a month in
    /// digits with no year. Of the readings day/month and month/day, in the publication year or the one before, the one
    /// on that weekday and nearest before publication (up to a week after it) is the day; none agreeing, no date.
    /// </summary>
    private static bool TryWeekdayDayMonth(string text, List<Piece> p, int j, DateOnly? published, int weekday, out Found date)
    {
        date = default;
        if (published is not { } pub || j + 2 >= p.Count || p[j].Kind != TokenKind.Number || p[j + 2].Kind != TokenKind.Number) return false;
        if (!p[j + 1].Glued || !p[j + 2].Glued || !p[j + 1].Is(text, '/') || p[j].Length > 2 || p[j + 2].Length > 2) return false;
        if (j + 3 < p.Count && p[j + 3].Glued && (p[j + 3].Is(text, '/') || p[j + 3].IsHyphen(text) || p[j + 3].Kind == TokenKind.Number)) return false;
        var (a, b) = (p[j].PlainValue(text), p[j + 2].PlainValue(text));
        DateOnly? best = null;
        foreach (var year in new[] { pub.Year, pub.Year - 1 })
            foreach (var reading in new[] { Valid(year, b, a), Valid(year, a, b) })
                if (reading is { } r && (int)r.DayOfWeek == weekday % 7 && r <= pub.AddDays(FutureSlackDays)
                    && r >= pub.AddDays(-WeekdayDayMonthReachDays) && (best is null || r > best))
                    best = r;
        if (best is null) return false;
        date = new Found(j, j + 3, best, Day);
        return true;
    }

    /// <summary>
    /// "05/09", "9/11": day and month order unknown and no year, read and skipped; but a day and a month in digits that
    /// open a line (a log's row, "18/09 District Grenade ... 0/2") take the year of the publication (the year before when
    /// that day would fall after it), in the order the page's other rows settle (<see cref="RowDayFirst"/>).
    /// </summary>
    private static bool TrySlashes(string text, List<Piece> p, int j, DateOnly? published, out Found date)
    {
        date = default;
        var k = j + 1;
        while (k + 1 < p.Count && p[k].Glued && p[k].Is(text, '/') && p[k + 1].Glued && p[k + 1].Kind == TokenKind.Number) k += 2;
        if (k == j + 1) return false;
        DateOnly? day = null;
        if (k == j + 3 && published is { } pub && p[j].Length <= 2 && p[j + 2].Length <= 2 && OpensLine(text, p[j].Start) && RowDayFirst(text) is { } dayFirst)
        {
            var (a, b) = (p[j].PlainValue(text), p[j + 2].PlainValue(text));
            var (d, m) = dayFirst ? (a, b) : (b, a);
            day = Valid(pub.Year, m, d) is { } r && r > pub.AddDays(FutureSlackDays) ? Valid(pub.Year - 1, m, d) : Valid(pub.Year, m, d);
        }
        date = new Found(j, k, day, Day);
        return true;
    }

    /// <summary>Only spaces or tabs stand between the line's start and the position.</summary>
    private static bool OpensLine(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (text[i] == '\n') return true;
            if (text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }

    /// <summary>A day and a month in digits opening a line, followed by a space ("18/09 Sarpang ...").</summary>
    private static readonly System.Text.RegularExpressions.Regex RowDayMonth =
        new(@"^[ \t]*(?<a>\d{1,2})/(?<b>\d{1,2})[ \t]", System.Text.RegularExpressions.RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether the page's rows that open on a day and a month in digits write the day first: true when one of them can
    /// only be day/month ("18/09") and none only month/day, false for the reverse, null when none or both settle it or
    /// the page has fewer than two such rows (a lone "24/7" is no log).
    /// </summary>
    private static bool? RowDayFirst(string text)
    {
        bool dayFirst = false, monthFirst = false;
        var rows = RowDayMonth.Matches(text);
        if (rows.Count < 2) return null;
        foreach (System.Text.RegularExpressions.Match m in rows)
        {
            var (a, b) = (int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value));
            if (a is > 12 and <= 31 && b is >= 1 and <= 12) dayFirst = true;
            if (b is > 12 and <= 31 && a is >= 1 and <= 12) monthFirst = true;
        }
        return dayFirst == monthFirst ? null : dayFirst;
    }

    /// <summary>"5 September 2016", "5th of Sept.", "16 NOV 89", "27 July".</summary>
    private bool TryDayFirst(string text, List<Piece> p, int j, DateOnly? published, int? textYear, out Found date)
    {
        date = default;
        if (!TryOrdinalDay(text, p, j, out var day, out var k)) return false;
        return TryDayOfThisMonth(p, j, day, k, published, text, out date) || TryMonthAfterDay(text, p, j, day, k, published, textYear, out date);
    }

    /// <summary>
    /// "the 15th day of the current month", "the ninth of this month" (dates.tsv kind thismonth): the wording of texts
    /// translated by machine, that day of the publication month (or of the month before when it would be ahead).
    /// </summary>
    private bool TryDayOfThisMonth(List<Piece> p, int j, int day, int k, DateOnly? published, string text, out Found date)
    {
        date = default;
        if (!_words.ThisMonth.TryMatch(text, p, k, out _, out var next)) return false;
        date = new Found(j, next, DayOfMonth(published, day), Day);
        return true;
    }

    /// <summary>
    /// "the twenty-first of August", "the ninth of March 2025": a day written as an ordinal word (dates.tsv kind dayword),
    /// then a link word and a month. Without the link and the month the word is no day ("the first of many").
    /// </summary>
    private bool TryDayWordFirst(string text, List<Piece> p, int j, DateOnly? published, int? textYear, out Found date)
    {
        date = default;
        if (!_words.DayWords.TryMatch(text, p, j, out var day, out var k)) return false;
        if (TryDayOfThisMonth(p, j, day, k, published, text, out date)) return true;
        if (!_words.Links.Matches(text, p, k) && !_words.DayLinks.Matches(text, p, k)) return false;
        return TryMonthAfterDay(text, p, j, day, k, published, textYear, out date);
    }

    /// <summary>The month (and year) after a day that ends before piece <paramref name="k"/>: "[5] September 2016", "[5th] of Sept.".</summary>
    private bool TryMonthAfterDay(string text, List<Piece> p, int j, int day, int k, DateOnly? published, int? textYear, out Found date)
    {
        date = default;
        bool linked;
        // "the 24th day of the month of February" (dates.tsv kind daylink): the words of a translated text between day and month
        if (_words.DayLinks.TryMatch(text, p, k, out _, out var afterDayLink) && DateLexicon.TryWord(_words.Months, text, p, afterDayLink, out _))
        {
            linked = true;
            k = afterDayLink;
        }
        else if (linked = _words.Links.Matches(text, p, k)) k++;
        if (!DateLexicon.TryWord(_words.Months, text, p, k, out var month)) return false;
        var monthPiece = p[k];
        k++;
        // the period of "5 Sept. 2016" belongs to the date; a sentence's final period does not
        var afterPeriod = k < p.Count && p[k].Is(text, '.') && p[k].Glued ? k + 1 : k;
        int? year = null;
        if (TryYearAfter(text, p, afterPeriod, monthPiece.IsAllCaps(text), published, out var y, out var afterYear) ||
            TryRelativeYear(text, p, k, published, out y, out afterYear))
        {
            year = y;
            k = afterYear;
        }
        else if (linked && month.Dated && NameCased(text, monthPiece))
        {
            date = new Found(j, k, null, Day);
            return true;
        }
        date = new Found(j, k, ResolveDay(year, month.Value, day, published, textYear, FollowsFutureVerb(text, p, j)), Day);
        return true;
    }

    /// <summary>
    /// A month name of another language written with a capital and not all in capitals: the languages that link a day
    /// to its month with a word ("4 de noviembre de 2025") write their months in small letters, so "the 1 de Mayo
    /// cooperative", "Avenida 9 de Julio" without a year name a street, a square or a body, not a day.
    /// </summary>
    private static bool NameCased(string text, Piece month) =>
        char.IsUpper(text[month.Start]) && !month.IsAllCaps(text);

    /// <summary>"September 5, 2016", "Sept. 5", "Jan. 27th", "February 2016", "NOV 89", "in February".</summary>
    private bool TryMonthFirst(string text, List<Piece> p, int j, DateOnly? published, int? textYear, bool cue, out Found date)
    {
        date = default;
        if (!DateLexicon.TryWord(_words.Months, text, p, j, out var month)) return false;
        var allCaps = p[j].IsAllCaps(text);
        var k = j + 1;
        if (k < p.Count && p[k].Is(text, '.') && p[k].Glued) k++;
        // a month heading of a timeline ("April" on a line of its own) and the entry under it ("19 April - ..."): the
        // day at the next line's start opens that entry, it is no day of the heading's month
        var heading = p[j].LineStart && k < p.Count && p[k].LineStart;
        if (!heading && k < p.Count && p[k].Kind == TokenKind.Number && p[k].Length <= 2 && TryOrdinalDay(text, p, k, out var day, out var afterDay))
        {
            int? year = null;
            if (TryYearAfter(text, p, afterDay, false, published, out var y, out var afterYear) ||
                TryRelativeYear(text, p, afterDay, published, out y, out afterYear))
            {
                year = y;
                afterDay = afterYear;
            }
            date = new Found(j, afterDay, ResolveDay(year, month.Value, day, published, textYear, FollowsFutureVerb(text, p, j)), Day);
            return true;
        }
        if (TryYearAfter(text, p, k, allCaps, published, out var monthYear, out var next) ||
            TryRelativeYear(text, p, j + 1, published, out monthYear, out next))
        {
            date = TryDayAfterMonth(text, p, next, out var dayAfter, out var afterDayAfter)
                ? new Found(j, afterDayAfter, Valid(monthYear, month.Value, dayAfter), Day)
                : new Found(j, next, Valid(monthYear, month.Value, 1), Month);
            return true;
        }
        if ((!month.Alone && !cue) || month.Dated) return false;
        date = !heading && TryDayAfterMonth(text, p, k, out var laterDay, out var afterLaterDay)
            ? new Found(j, afterLaterDay, ResolveDay(null, month.Value, laterDay, published, textYear), Day)
            : new Found(j, j + 1, ResolveMonth(month.Value, published), Month);
        return true;
    }

    /// <summary>
    /// The day told right after its month, a comma and a dates.tsv dayof phrase: "In May, on the third, gunmen raided a farm",
    /// "in May 2016, on the 3rd": an ordinal word (kind dayword) or an ordinal day, not one of something else (kind notday:
    /// "in March, on the second floor").
    /// </summary>
    private bool TryDayAfterMonth(string text, List<Piece> p, int k, out int day, out int next)
    {
        day = 0;
        next = k;
        if (k >= p.Count || !p[k].Is(text, ',') || !_words.DayOf.TryMatch(text, p, k + 1, out _, out var afterDayOf)) return false;
        var isDay = afterDayOf < p.Count && p[afterDayOf].Kind == TokenKind.Number
            ? TryOrdinalDay(text, p, afterDayOf, out day, out next)
            : _words.DayWords.TryMatch(text, p, afterDayOf, out day, out next);
        return isDay && !_words.NotDay.Matches(text, p, next);
    }

    /// <summary>A day of the month, 1-31, with an optional glued ordinal suffix ("5th"); no other word glued to it but a stop, a comma or an entry's colon.</summary>
    private bool TryOrdinalDay(string text, List<Piece> p, int j, out int day, out int next)
    {
        next = j + 1;
        day = j < p.Count && p[j].Length <= 2 ? p[j].PlainValue(text) : -1;
        if (day is < 1 or > 31) return false;
        if (next < p.Count && p[next].Glued && p[next].Kind == TokenKind.Word)
        {
            if (!_words.Ordinals.MatchesExactly(text, p, next, next + 1)) return false;
            next++;
        }
        // "April 5: a parcel bomb ...", a timeline's entry; not the clock's "5:30"
        return next >= p.Count || !p[next].Glued || p[next].Is(text, ',') || p[next].Is(text, '.')
               || (p[next].Is(text, ':') && (next + 1 >= p.Count || !p[next + 1].Glued));
    }

    /// <summary>", 2016", " 2016", " of 2016"; "89" too when the month is written in capitals ("16 NOV 89").</summary>
    private bool TryYearAfter(string text, List<Piece> p, int k, bool twoDigits, DateOnly? published, out int year, out int next)
    {
        year = 0;
        next = k;
        var comma = k < p.Count && p[k].Is(text, ',');
        if (comma) k++;
        else if (_words.Links.Matches(text, p, k)) k++;
        if (k >= p.Count || p[k].Kind != TokenKind.Number || (k + 1 < p.Count && p[k + 1].Glued && p[k + 1].Kind == TokenKind.Word)) return false;
        if (p[k].IsDigits(text, 4) && p[k].PlainValue(text) is >= 1900 and <= 2099)
            year = p[k].PlainValue(text);
        else if (twoDigits && !comma && p[k].IsDigits(text, 2))
            year = TwoDigitYear(p[k].PlainValue(text), published);
        else return false;
        next = k + 1;
        return true;
    }

    /// <summary>"24 June this year", "March last year".</summary>
    private bool TryRelativeYear(string text, List<Piece> p, int k, DateOnly? published, out int year, out int next)
    {
        year = 0;
        next = k;
        if (published is not { } pub || !_words.Relative.TryMatch(text, p, k, out var offset, out next) || offset.Precision != Year) return false;
        year = pub.Year + offset.Amount;
        return true;
    }

    private static bool IsFollowedByDay(string text, List<Piece> p, int k)
    {
        if (k < p.Count && p[k].Is(text, '.')) k++;
        return k < p.Count && p[k].Kind == TokenKind.Number && p[k].Length <= 2;
    }

    /// <summary>"last April": the most recent April before the publication month.</summary>
    private static DateOnly? LastMonth(DateOnly? published, int month)
    {
        if (published is not { } pub) return null;
        var date = new DateOnly(pub.Year, month, 1);
        return month >= pub.Month ? date.AddYears(-1) : date;
    }

    /// <summary>"in 2014", "since 2011", "mid-2014" (the caller has seen the cue).</summary>
    private static bool TryYear(string text, List<Piece> p, int j, out Found date)
    {
        date = default;
        if (!p[j].IsDigits(text, 4) || p[j].PlainValue(text) is < 1900 or > 2099) return false;
        if (IsDecade(text, p, j)) return false;
        date = new Found(j, j + 1, new DateOnly(p[j].PlainValue(text), 1, 1), Year);
        return true;
    }

    /// <summary>"two days ago", "3 weeks ago", "a month ago"; "forty years ago today" (dates.tsv kind ago_day) the same day back.</summary>
    private bool TryAgo(string text, List<Piece> p, int j, DateOnly? published, out Found date)
    {
        date = default;
        if (!TryCountOfUnits(text, p, j, 10_000, out var count, out var unit, out var afterUnit)
            || !_words.Ago.TryMatch(text, p, afterUnit, out _, out var afterAgo)) return false;
        // "forty years ago today", "a month ago to the day": that very calendar day, counted back, the whole phrase one date
        if (_words.AgoToday.TryMatch(text, p, afterAgo, out _, out var afterToday))
        {
            var back = -(int)count * unit.Amount;
            date = new Found(j, afterToday, published is { } on ? unit.Precision switch { Year => on.AddYears(back), Month => on.AddMonths(back), _ => on.AddDays(back) } : null, Day);
            return true;
        }
        date = new Found(j, afterAgo, published is { } pub ? Shift(pub, -(int)count * unit.Amount, unit.Precision) : null, unit.Precision, Ago: true);
        return true;
    }

    /// <summary>
    /// "nine days", "3 weeks", "a month": a count from 1 to <paramref name="max"/> (or "a"/"an" for one) and a unit of
    /// time (dates.tsv kind unit); <paramref name="next"/> is the piece after the unit.
    /// </summary>
    private bool TryCountOfUnits(string text, List<Piece> p, int j, long max, out long count, out Offset unit, out int next)
    {
        unit = default;
        next = j;
        int k;
        if (_numbers.TryCardinal(text, p, j, out var cardinal) && cardinal.Value > 0 && cardinal.Value <= max)
        {
            count = cardinal.Value;
            k = cardinal.Next;
        }
        else if (_numbers.Articles.TryMatch(text, p, j, out _, out var afterArticle))
        {
            count = 1;
            k = afterArticle;
        }
        else
        {
            count = 0;
            return false;
        }
        return _words.Units.TryMatch(text, p, k, out unit, out next);
    }

    /// <summary>"1990s", "1980's".</summary>
    private static bool IsDecade(string text, List<Piece> p, int j) =>
        j + 1 < p.Count && p[j + 1].Glued &&
        (p[j + 1].Kind == TokenKind.Word || (j + 2 < p.Count && p[j + 2].Glued && p[j + 2].Kind == TokenKind.Word && p[j + 1].Of(text) is "'" or "\u2019"));

    private int AfterDaypart(string text, List<Piece> p, int k) => _words.Dayparts.TryMatch(text, p, k, out _, out var next) ? next : k;

    private static DateOnly Shift(DateOnly published, int amount, string precision) => precision switch
    {
        Day => published.AddDays(amount),
        Month => new DateOnly(published.Year, published.Month, 1).AddMonths(amount),
        _ => new DateOnly(published.Year + amount, 1, 1),
    };

    /// <summary>The most recent such weekday on or before publication (strictly before for "last Friday").</summary>
    /// <summary>Most words between a future verb (dates.tsv kind plan) and the bare weekday it plans.</summary>
    private const int PlanReach = 6;

    /// <summary>
    /// The weekdays the text writes as a plan somewhere (<see cref="IsPlanned"/>): the same bare weekday elsewhere, in a
    /// headline without its verb ("City to mourn on Thursday"), is that plan too, no reported day.
    /// </summary>
    private HashSet<int> PlannedWeekdays(string text, List<Piece> p)
    {
        var days = new HashSet<int>();
        for (var j = 0; j < p.Count; j++)
            if (p[j].Kind == TokenKind.Word && DateLexicon.TryWord(_words.Weekdays, text, p, j, out var weekday) && !weekday.Dated
                && !(j > 0 && _words.Last.TryMatch(text, p, j - 1, out _, out _)) && IsPlanned(text, p, j))
                days.Add(weekday.Value);
        return days;
    }

    /// <summary>
    /// A future verb (dates.tsv kind plan: "will", "would") stands at most <see cref="PlanReach"/> words before the weekday
    /// at piece <paramref name="j"/>, with no punctuation between ("will meet the families on Friday"), or right after a
    /// weekday that opens its clause (<see cref="IsFutureSubject"/>): a plan, no reported day.
    /// </summary>
    private bool IsPlanned(string text, List<Piece> p, int j) => FollowsFutureVerb(text, p, j) || IsFutureSubject(text, p, j);

    /// <summary>The future verb of <see cref="IsPlanned"/> stands before the weekday, in the same clause.</summary>
    private bool FollowsFutureVerb(string text, List<Piece> p, int j)
    {
        for (var k = j - 1; k >= 0 && k >= j - PlanReach; k--)
        {
            if (p[k].Kind == TokenKind.Punctuation) return false;
            if (_words.Plans.TryMatch(text, p, k, out _, out var after) && after <= j) return true;
        }
        return false;
    }

    /// <summary>
    /// The bare weekday at piece <paramref name="j"/> opens its clause and a future verb follows it right away (dates.tsv
    /// kinds plan_lead and plan_after): "He said that Friday will be a day of rest", "Sunday would mark a year since the
    /// fire": the day to come is the clause's subject, not a day something happened on. After any other word the weekday
    /// dates what comes before it ("the rules announced Thursday would allow ..."), so it stays a reported day.
    /// </summary>
    private bool IsFutureSubject(string text, List<Piece> p, int j)
    {
        if (j + 1 >= p.Count || !_words.PlansAfter.TryMatch(text, p, j + 1, out _, out _)) return false;
        if (j == 0 || p[j - 1].Kind == TokenKind.Punctuation) return true;
        return _words.PlanLeads.TryMatch(text, p, j - 1, out _, out var next) && next == j;
    }

    /// <summary>A bare weekday: the latest such day of the covered period when there is one and it holds it, else as <see cref="Weekday"/>.</summary>
    private static DateOnly? WeekdayIn(Period? period, DateOnly? published, int isoWeekday)
    {
        if (period is { } covered && Weekday(covered.To, isoWeekday, strict: false) is { } inside && inside >= covered.From) return inside;
        return Weekday(published, isoWeekday, strict: false);
    }

    /// <summary>
    /// The weekday of the calendar week (Monday to Sunday) before the publication's: published on Tuesday 14 July, "the
    /// Monday of last week" is 6 July, not the day before.
    /// </summary>
    private static DateOnly? InWeekBefore(DateOnly? published, int isoWeekday)
    {
        if (published is not { } pub) return null;
        var monday = pub.AddDays(-(((int)pub.DayOfWeek + 6) % 7));
        return monday.AddDays(isoWeekday - 1 - 7);
    }

    private static DateOnly? Weekday(DateOnly? published, int isoWeekday, bool strict)
    {
        if (published is not { } pub) return null;
        var delta = ((int)pub.DayOfWeek - isoWeekday % 7 + 7) % 7;
        if (strict && delta == 0) delta = 7;
        return pub.AddDays(-delta);
    }

    /// <summary>A day of a month: in its written year; else in the publication year (see <see cref="FutureSlackDays"/>);
    /// else, undated, in <paramref name="textYear"/>, the year of the last day the text wrote with its year. A day a
    /// future verb stands before (<paramref name="planned"/>: "the vote will be on 1 June") is not moved back a year for
    /// lying ahead of publication: it is the day to come.</summary>
    private static DateOnly? ResolveDay(int? year, int month, int day, DateOnly? published, int? textYear, bool planned = false)
    {
        if (year is { } y) return Valid(y, month, day);
        if (published is not { } pub) return textYear is { } ty ? Valid(ty, month, day) : null;
        var date = Valid(pub.Year, month, day);
        if (planned && date is not null) return date;
        return date is null || date.Value > pub.AddDays(FutureSlackDays) ? Valid(pub.Year - 1, month, day) : date;
    }

    private static DateOnly? ResolveMonth(int month, DateOnly? published)
    {
        if (published is not { } pub) return null;
        var date = new DateOnly(pub.Year, month, 1);
        return date > pub.AddDays(FutureSlackDays) ? date.AddYears(-1) : date;
    }

    /// <summary>"on the 5th": that day of the publication month, or of the month before if it is more than a week ahead.</summary>
    private static DateOnly? DayOfMonth(DateOnly? published, int day)
    {
        if (published is not { } pub) return null;
        var date = Valid(pub.Year, pub.Month, day);
        if (date is { } d && d <= pub.AddDays(FutureSlackDays)) return d;
        var before = pub.AddMonths(-1);
        return Valid(before.Year, before.Month, day);
    }

    /// <summary>The most months before publication searched for a weekday's day of the month ("Saturday the 21st").</summary>
    private const int WeekdayDayOfMonthReachMonths = 12;

    /// <summary>
    /// "Saturday the 21st": the latest day numbered <paramref name="day"/>, not more than a week after publication, that
    /// falls on <paramref name="weekday"/> (1-7) within a year before it; that day of the month as "on the 21st" reads it when none does.
    /// </summary>
    private static DateOnly? WeekdayDayOfMonth(DateOnly? published, int weekday, int day)
    {
        if (published is not { } pub) return null;
        for (var back = 0; back <= WeekdayDayOfMonthReachMonths; back++)
        {
            var month = pub.AddMonths(-back);
            if (Valid(month.Year, month.Month, day) is { } d && d <= pub.AddDays(FutureSlackDays) && (int)d.DayOfWeek == weekday % 7) return d;
        }
        return DayOfMonth(published, day);
    }

    /// <summary>"89" is 1989; "05" is 2005 when the text was published in 2005 or later.</summary>
    private static int TwoDigitYear(int yy, DateOnly? published) =>
        published is { Year: >= 2000 } pub && 2000 + yy <= pub.Year ? 2000 + yy : 1900 + yy;

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
