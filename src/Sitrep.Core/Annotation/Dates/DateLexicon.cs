using Sitrep.Annotation.Numbers;
using Sitrep.Lexicons;

namespace Sitrep.Annotation.Dates;

/// <summary>The words of dates.tsv: month and weekday names, relative expressions and the little words around dates.</summary>
internal sealed class DateLexicon
{
    public PhraseTrie<CalendarWord> Months { get; } = new();
    public PhraseTrie<CalendarWord> Weekdays { get; } = new();
    public PhraseTrie<Offset> Relative { get; } = new();
    public PhraseTrie<Offset> Units { get; } = new();
    public PhraseTrie<bool> Ago { get; } = new();
    /// <summary>Words right after a count of days that count back from the day its sentence tells: "nine days after he was shot".</summary>
    public PhraseTrie<bool> CountAfter { get; } = new();
    /// <summary>Words right before a bare weekday that make it no particular day: "during a Saturday night dance", "every Friday".</summary>
    public HashSet<string> AnyDay { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Words right after "N years ago" that make it the same calendar day back: "forty years ago today", "a year ago to the day".</summary>
    public PhraseTrie<bool> AgoToday { get; } = new();
    public PhraseTrie<bool> Dayparts { get; } = new();
    public PhraseTrie<bool> Modifiers { get; } = new();
    public PhraseTrie<bool> Last { get; } = new();
    public PhraseTrie<bool> Next { get; } = new();
    /// <summary>Words right after a bare weekday that put it in the week before publication's: "on Monday of last week".</summary>
    public PhraseTrie<bool> WeekBefore { get; } = new();
    /// <summary>Future verbs a few words before a bare weekday that make it a plan: "would hold a press conference on Tuesday".</summary>
    public PhraseTrie<bool> Plans { get; } = new();
    /// <summary>Future verbs right after a bare weekday that opens its clause: "that Friday will be a day of rest".</summary>
    public PhraseTrie<bool> PlansAfter { get; } = new();
    /// <summary>Words that may stand right before a weekday a future verb follows, the weekday still opening its clause: "that", "this".</summary>
    public PhraseTrie<bool> PlanLeads { get; } = new();
    /// <summary>Words that open the period a report covers, in the line before its two days: "Period covered: ...".</summary>
    public PhraseTrie<bool> Periods { get; } = new();
    /// <summary>Words between the two days of such a period besides a dash: "6 July to 12 July".</summary>
    public PhraseTrie<bool> RangeWords { get; } = new();
    /// <summary>Words right before two weekdays joined by a range word that make them a stretch of news: "from Monday to Wednesday".</summary>
    public PhraseTrie<bool> SpanStarts { get; } = new();
    /// <summary>Words between the two days of a range that need a span_start word before the first: "between 3 and 5 May".</summary>
    public PhraseTrie<bool> RangePairs { get; } = new();
    /// <summary>Words right before a day that make it the first of a week a heading covers: "the week of 6 April".</summary>
    public PhraseTrie<bool> WeekOf { get; } = new();
    public PhraseTrie<bool> Since { get; } = new();
    public PhraseTrie<bool> Cues { get; } = new();
    public PhraseTrie<bool> YearCues { get; } = new();
    public PhraseTrie<bool> Ordinals { get; } = new();
    /// <summary>The same endings (kind ordinal) as a plain set, lower case, for readers that look at one word: "5th", "42nd".</summary>
    public HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);
    /// <summary>Days of the month written as ordinal words ("twenty-first"), a day only before a link and a month.</summary>
    public PhraseTrie<int> DayWords { get; } = new();
    public PhraseTrie<bool> Links { get; } = new();
    public PhraseTrie<bool> DayOf { get; } = new();
    /// <summary>Words between an ordinal day and its month in place of a link: "the 24th day of the month of February".</summary>
    public PhraseTrie<bool> DayLinks { get; } = new();
    /// <summary>Words after an ordinal day that make it that day of the publication month: "the 15th day of the current month".</summary>
    public PhraseTrie<bool> ThisMonth { get; } = new();
    /// <summary>Nouns after an ordinal that make it no day of the month: "on the 5th floor", "on the 3rd attempt".</summary>
    public PhraseTrie<bool> NotDay { get; } = new();
    /// <summary>Phrases of a length of stay that hold a day word but tell no day: "was kept in overnight", "stayed overnight".</summary>
    public PhraseTrie<bool> Stays { get; } = new();
    /// <summary>The single words a page's date line may hold beside its date: stamps, month and weekday names (lower case).</summary>
    public HashSet<string> LineWords { get; } = new(StringComparer.Ordinal);

    private static readonly Lazy<DateLexicon> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "dates.tsv")));

    /// <summary>The lexicon of the data file beside the program (data/lexicons/dates.tsv), read once.</summary>
    public static DateLexicon Default => LazyDefault.Value;

    public static DateLexicon Load(string path)
    {
        var lexicon = new DateLexicon();
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            string Where() => $"{path}:{line}";
            string Column(int i) => i < f.Length && f[i].Length > 0 ? f[i] : throw new InvalidDataException($"{Where()}: '{f[0]}' needs column {i + 1}");
            int Number(int i, int min, int max) =>
                int.TryParse(Column(i), out var v) && v >= min && v <= max ? v : throw new InvalidDataException($"{Where()}: '{f[i]}' is not a number from {min} to {max}");
            string Precision(int i) => Column(i) is "day" or "month" or "year" ? f[i] : throw new InvalidDataException($"{Where()}: '{f[i]}' is not day, month or year");
            CalendarWord Word(int max)
            {
                var flags = f.Length > 3 ? f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
                foreach (var flag in flags)
                    if (flag is not ("alone" or "cased" or "dated")) throw new InvalidDataException($"{Where()}: unknown flag '{flag}'");
                return new CalendarWord(Number(2, 1, max), flags.Contains("alone"), flags.Contains("cased"), flags.Contains("dated"));
            }
            var phrase = f[1];
            var added = f[0] switch
            {
                "month" => lexicon.Months.Add(phrase, Word(12)),
                "weekday" => lexicon.Weekdays.Add(phrase, Word(7)),
                "relative" => lexicon.Relative.Add(phrase, new Offset(Number(2, -1000, 1000), Precision(3))),
                "unit" => lexicon.Units.Add(phrase, new Offset(Number(2, 1, 1000), Precision(3))),
                "ago" => lexicon.Ago.Add(phrase, true),
                "count_after" => lexicon.CountAfter.Add(phrase, true),
                "ago_day" => lexicon.AgoToday.Add(phrase, true),
                "any_day" => lexicon.AnyDay.Add(phrase),
                "daypart" => lexicon.Dayparts.Add(phrase, true),
                "modifier" => lexicon.Modifiers.Add(phrase, true),
                "last" => lexicon.Last.Add(phrase, true),
                "next" => lexicon.Next.Add(phrase, true),
                "week_before" => lexicon.WeekBefore.Add(phrase, true),
                "plan" => lexicon.Plans.Add(phrase, true),
                "plan_after" => lexicon.PlansAfter.Add(phrase, true),
                "plan_lead" => lexicon.PlanLeads.Add(phrase, true),
                "period" => lexicon.Periods.Add(phrase, true),
                "range" => lexicon.RangeWords.Add(phrase, true),
                "since" => lexicon.Since.Add(phrase, true),
                "span_start" => lexicon.SpanStarts.Add(phrase, true),
                "range_pair" => lexicon.RangePairs.Add(phrase, true),
                "week_of" => lexicon.WeekOf.Add(phrase, true),
                "cue" => lexicon.Cues.Add(phrase, true),
                "year-cue" => lexicon.YearCues.Add(phrase, true),
                "ordinal" => lexicon.Ordinals.Add(phrase, true),
                "dayword" => lexicon.DayWords.Add(phrase, Number(2, 1, 31)),
                "link" => lexicon.Links.Add(phrase, true),
                "dayof" => lexicon.DayOf.Add(phrase, true),
                "daylink" => lexicon.DayLinks.Add(phrase, true),
                "thismonth" => lexicon.ThisMonth.Add(phrase, true),
                "notday" => lexicon.NotDay.Add(phrase, true),
                "stay" => lexicon.Stays.Add(phrase, true),
                "stamp" => lexicon.LineWords.Add(phrase.ToLowerInvariant()),
                _ => throw new InvalidDataException($"{Where()}: unknown kind '{f[0]}'"),
            };
            if (!added) throw new InvalidDataException($"{Where()}: '{phrase}' is listed twice as {f[0]}");
            if (f[0] is "month" or "weekday" && !phrase.Contains(' ')) lexicon.LineWords.Add(phrase.ToLowerInvariant());
            if (f[0] == "ordinal") lexicon.OrdinalSuffixes.Add(phrase.ToLowerInvariant());
        }
        return lexicon;
    }

    /// <summary>A month or weekday word at piece <paramref name="i"/>, written as the lexicon demands.</summary>
    public static bool TryWord(PhraseTrie<CalendarWord> words, string text, List<Piece> pieces, int i, out CalendarWord word)
    {
        word = default;
        if (i < 0 || i >= pieces.Count || pieces[i].Kind != TokenKind.Word) return false;
        if (!words.TryMatch(text, pieces, i, out word, out var next) || next != i + 1) return false;
        return !word.Cased || pieces[i].IsCapitalized(text);
    }
}
