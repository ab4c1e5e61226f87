using System.Buffers;
using System.Runtime.CompilerServices;
using Sitrep.Annotation.Dates;
using Sitrep.Annotation.Numbers;
using Sitrep.Gazetteer;
using Sitrep.Lexicons;
using Sitrep.Model;
using CueKind = Sitrep.Lexicons.CueKind;

namespace Sitrep.Annotation;

/// <summary>
/// Runs the recognisers over a cleaned document, in order: sentences and words, numbers, dates, places,
/// then the lexicons (events, casualties, targets, claims, sources, background and wave markers, actors).
/// Recognisers only find; the extractor decides what the findings mean. The text is tokenised once and the
/// tokens shared by the word, number, date and place recognisers.
/// </summary>
public sealed class Annotator
{
    private readonly LexiconSet _lexicons;
    private readonly NumberRecognizer _numbers;
    private readonly DateRecognizer _dates;
    private readonly PlaceRecognizer _places;
    private readonly (CueKind Kind, ICueMatcher Matcher)[] _matchers;
    private CueStarts? _starts;

    public Annotator(LexiconSet lexicons, NumberRecognizer numbers, DateRecognizer dates, PlaceRecognizer places)
    {
        _lexicons = lexicons;
        _numbers = numbers;
        _dates = dates;
        _places = places;
        _matchers =
        [
            (CueKind.Event, lexicons.Events), (CueKind.Casualty, lexicons.Casualties), (CueKind.Target, lexicons.Targets),
            (CueKind.Claim, lexicons.Claims), (CueKind.Source, lexicons.Sources), (CueKind.Background, lexicons.Background),
            (CueKind.Wave, lexicons.Waves), (CueKind.Caption, lexicons.Captions), (CueKind.Actor, lexicons.Actors),
        ];
    }

    public static Annotator Default => new(LexiconSet.Default, NumberRecognizer.Default, DateRecognizer.Default, PlaceRecognizer.Default);

    public AnnotatedDocument Annotate(Document document)
    {
        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        var tokens = Tokenizer.Tokenize(text);
        var words = Words.Of(text, tokens);
        var allCaps = IsAllCaps(text);
        var pieces = Pieces.Of(text, tokens);
        var numbers = _numbers.Recognize(text, pieces);
        var published = document.Article.Published;
        var dates = _dates.Recognize(text, published, pieces);
        if (published is null && _dates.PageDate(text, dates) is { } shown)
        {
            // no publication day from the source, but the page shows one: "Monday" and "yesterday" resolve against it
            published = shown;
            dates = _dates.Recognize(text, published, pieces);
        }
        var places = _places.Recognize(text, tokens, context: Sources.SiteName.Of(document.Article), domain: Sources.SiteName.TopLevelDomain(document.Article));
        dates = OutsidePlaceNames(dates, places);
        dates = dates.Select(d => _dates.StandsOnItsLine(text, d) ? d with { OwnLine = true } : d).ToList();
        var cues = new List<Cue>(Math.Max(8, words.Count / 16));
        var starts = ArrayPool<int>.Shared.Rent(Math.Max(1, words.Count));
        try
        {
            var cueStarts = Starts();
            cueStarts.Mark(words, starts);
            for (var k = 0; k < _matchers.Length; k++)
                _matchers[k].Matcher.AddCues(words, starts, 1 << k, _matchers[k].Kind, cues);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
        var caseSensitive = _lexicons.CaseSensitiveActors.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Count; i++)
        {
            // a capitals name may be several words: the words split at its hyphen ("MS-13", "FARC-EP", "M-19"); the longest wins
            for (var j = Math.Min(words.Count - 1, i + MaxCapitalsNameWords - 1); j >= i; j--)
            {
                int start = words[i].Start, end = words[j].End;
                var surface = text.AsSpan(start, end - start);
                if (allCaps && surface.Length <= 2) continue;
                // "WHO IS BEHIND IT": a heading in capitals writes its short words so too; "IS" there is a verb
                if (surface.Length <= 2 && InCapitalsLine(text, start)) continue;
                if (!caseSensitive.TryGetValue(surface, out var actor)) continue;
                if (!cues.Any(c => c.Kind == CueKind.Actor && c.Start <= start && c.End >= end))
                    cues.Add(new Cue(CueKind.Actor, start, end, actor, i, j));
                i = j;
                break;
            }
        }
        DropCutNames(text, cues);
        ForcesOfCountry.Add(text, words, places, cues, _lexicons.StateForces, FunctionWords.Default);
        if (!allCaps) UnlistedActors.Add(text, words, sentences, places, cues, FunctionWords.Default);
        DropOtherSenses(cues);
        DropNeutralBackground(cues);
        cues.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return new AnnotatedDocument(document, sentences, words, numbers, dates, places, cues, allCaps, published);
    }

    /// <summary>
    /// A catalogue name of several words that the text goes on past with a hyphen and another capitalised word ("the Katiba
    /// Foo-Bar" holding an alias "Katiba Foo") is the start of a longer name, another group's: it names no catalogue group.
    /// A one-word name joined so ("Hamas-Fatah talks") is a pairing of two, kept; a lower-case word after the hyphen
    /// ("Foo-linked") is no longer name.
    /// </summary>
    private static void DropCutNames(string text, List<Cue> cues) =>
        cues.RemoveAll(c => c.Kind == CueKind.Actor && c.LastWord > c.FirstWord && c.End + 1 < text.Length
                            && text[c.End] == '-' && char.IsUpper(text[c.End + 1]));

    /// <summary>
    /// A month's name that is only the first word of a longer place name the gazetteer knows ("the Hayes Road area of
    /// May Pen", "in August Town") names that place, not a month: a date read wholly inside such a name is dropped.
    /// </summary>
    private static IReadOnlyList<DateMention> OutsidePlaceNames(IReadOnlyList<DateMention> dates, IReadOnlyList<PlaceMention> places)
    {
        if (dates.Count == 0 || places.Count == 0) return dates;
        bool InsideName(DateMention d) => places.Any(p => !p.IsDemonym && p.Start <= d.Start && d.End <= p.End && p.End - p.Start > d.End - d.Start);
        return dates.Any(InsideName) ? dates.Where(d => !InsideName(d)).ToList() : dates;
    }

    /// <summary>
    /// A phrase in which an attack word means something else (events.tsv flag sense: "had been shooting a film", "died of
    /// a heart attack") tells no attack: it is dropped, and so is any casualty word inside it ("shooting" is no one shot),
    /// and any target word wholly inside it ("on the bank of the river" names no bank that was hit).
    /// </summary>
    private static void DropOtherSenses(List<Cue> cues)
    {
        var senses = cues.Where(c => c.Kind == CueKind.Event && c.As<EventCue>().OtherSense).ToList();
        if (senses.Count == 0) return;
        cues.RemoveAll(c => senses.Any(o => (c.Kind is CueKind.Event or CueKind.Casualty && c.Start < o.End && o.Start < c.End)
                                            || (c.Kind == CueKind.Target && o.Start <= c.Start && c.End <= o.End)));
    }

    /// <summary>
    /// A background phrase of kind neutral (background.tsv: "previously unknown") holds a background word in another sense
    /// ("a previously unknown group" is no attack of the past): matched longest first, it kept the shorter phrase inside
    /// it ("previously") from matching, and it is dropped itself, telling nothing.
    /// </summary>
    private static void DropNeutralBackground(List<Cue> cues) =>
        cues.RemoveAll(c => c.Kind == CueKind.Background && c.As<string>() == NeutralBackground);

    /// <summary>The background.tsv kind of a phrase that only keeps a shorter background phrase inside it from matching.</summary>
    public const string NeutralBackground = "neutral";

    /// <summary>The first-word bits of the cue lexicons, shared by the annotators of one lexicon set, made again when a lexicon changed since.</summary>
    private CueStarts Starts()
    {
        var starts = _starts;
        if (starts is not null && starts.IsCurrent) return starts;
        lock (SharedStarts)
        {
            if (!SharedStarts.TryGetValue(_lexicons, out starts) || !starts.IsCurrent)
            {
                starts = new CueStarts(_matchers.Select(m => m.Matcher).ToList());
                SharedStarts.AddOrUpdate(_lexicons, starts);
            }
        }
        return _starts = starts;
    }

    // Annotator.Default makes a new annotator each time it is asked for; the bits of a lexicon set are made once.
    private static readonly ConditionalWeakTable<LexiconSet, CueStarts> SharedStarts = new();

    /// <summary>The most words a name in capitals is read over ("NSCN (IM)" is four: its brackets are words too).</summary>
    private const int MaxCapitalsNameWords = 5;

    /// <summary>Fewest words of a line in capitals (a heading) whose two-letter words are read as words, not acronyms.</summary>
    private const int CapitalsLineWords = 3;

    /// <summary>
    /// The line holding <paramref name="at"/> is written all in capitals and has at least <see cref="CapitalsLineWords"/>
    /// words: a heading ("WHO IS BEHIND IT", "WHAT WE KNOW SO FAR"), where a two-letter capitals word is as likely a word
    /// of the language as an acronym.
    /// </summary>
    private static bool InCapitalsLine(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        var end = at;
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        int words = 0, upper = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
            var letter = char.IsLetter(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words >= CapitalsLineWords && upper > 0;
    }

    private static bool IsAllCaps(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper > 20 && lower < upper / 20;
    }
}
