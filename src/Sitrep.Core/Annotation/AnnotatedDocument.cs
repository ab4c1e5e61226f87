using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Annotation;

/// <summary>
/// A document with its annotation layers: sentences, words, numbers, dates, places and lexicon cues, each a list
/// of spans over <see cref="Text"/> sorted by position. Immutable once built by <see cref="Annotator"/>.
/// </summary>
public sealed class AnnotatedDocument
{
    public AnnotatedDocument(Document document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Word> words,
        IReadOnlyList<NumberMention> numbers, IReadOnlyList<DateMention> dates, IReadOnlyList<PlaceMention> places,
        IReadOnlyList<Cue> cues, bool allCaps, DateOnly? published = null)
    {
        Published = published ?? document.Article.Published;
        Document = document;
        Sentences = sentences;
        Words = words;
        Numbers = numbers;
        Dates = dates;
        Places = places;
        Cues = cues;
        AllCaps = allCaps;
        _sorted = SortedByStart(numbers, n => n.Start) && SortedByStart(dates, d => d.Start) && SortedByStart(places, p => p.Start)
                  && SortedByStart(cues, c => c.Start) && cues.All(c => (uint)c.Kind < (uint)CueKinds);
    }

    // Layers sorted by start (as the annotator makes them) are answered with windows of the layer (cues: of the
    // layer of one kind); a layer out of order gets the plain scan below, whose answer the windows reproduce exactly.
    private readonly bool _sorted;
    private IReadOnlyList<Cue>[]? _cuesByKind;
    private static readonly int CueKinds = Enum.GetValues<CueKind>().Length;

    public Document Document { get; }
    public string Text => Document.Text;
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Word> Words { get; }
    public IReadOnlyList<NumberMention> Numbers { get; }
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<PlaceMention> Places { get; }
    public IReadOnlyList<Cue> Cues { get; }
    /// <summary>The publication day: the source's, else the one the page shows in a date line near its top.</summary>
    public DateOnly? Published { get; }
    /// <summary>The text is written in capitals only (old wire copy): case tells nothing.</summary>
    public bool AllCaps { get; }

    public IEnumerable<T> Within<T>(IReadOnlyList<T> layer, TextSpan span, Func<T, int> start)
    {
        // layers are sorted by start: binary search the first item at or after span.Start
        int lo = 0, hi = layer.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(layer[mid]) < span.Start) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < layer.Count && start(layer[i]) < span.End; i++) yield return layer[i];
    }

    public IEnumerable<Cue> CuesIn(TextSpan span, CueKind kind) =>
        _sorted ? Window(CuesOf(kind), span, c => c.Start) : Within(Cues, span, c => c.Start).Where(c => c.Kind == kind);

    public IEnumerable<NumberMention> NumbersIn(TextSpan span) => _sorted ? Window(Numbers, span, n => n.Start) : Within(Numbers, span, n => n.Start);
    public IEnumerable<DateMention> DatesIn(TextSpan span) => _sorted ? Window(Dates, span, d => d.Start) : Within(Dates, span, d => d.Start);
    public IEnumerable<PlaceMention> PlacesIn(TextSpan span) => _sorted ? Window(Places, span, p => p.Start) : Within(Places, span, p => p.Start);

    /// <summary>What <see cref="Within{T}"/> yields, as one window of the layer: the same search, the same stop.</summary>
    private static IReadOnlyList<T> Window<T>(IReadOnlyList<T> layer, TextSpan span, Func<T, int> start)
    {
        int lo = 0, hi = layer.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(layer[mid]) < span.Start) lo = mid + 1; else hi = mid;
        }
        var end = lo;
        while (end < layer.Count && start(layer[end]) < span.End) end++;
        return end == lo ? [] : new LayerSlice<T>(layer, lo, end - lo);
    }

    /// <summary>The cues of one kind, in the order of <see cref="Cues"/> (made once per document).</summary>
    private IReadOnlyList<Cue> CuesOf(CueKind kind)
    {
        var byKind = Volatile.Read(ref _cuesByKind);
        if (byKind is null)
        {
            var lists = new List<Cue>[CueKinds];
            for (var k = 0; k < lists.Length; k++) lists[k] = [];
            foreach (var cue in Cues) lists[(int)cue.Kind].Add(cue);
            byKind = Interlocked.CompareExchange(ref _cuesByKind, lists, null) ?? lists;
        }
        return byKind[(int)kind];
    }

    private static bool SortedByStart<T>(IReadOnlyList<T> layer, Func<T, int> start)
    {
        for (var i = 1; i < layer.Count; i++) if (start(layer[i - 1]) > start(layer[i])) return false;
        return true;
    }

    /// <summary>The sentence holding a character position (the last one starting at or before it).</summary>
    public Sentence SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= position) lo = mid; else hi = mid - 1;
        }
        return Sentences[lo];
    }

    /// <summary>Index of the first word starting at or after a character position.</summary>
    public int WordAt(int position)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Words[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
