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
/// Recognisers only find; the extractor decides what the findings mean.
/// </summary>
public sealed class Annotator
{
    private readonly LexiconSet _lexicons;
    private readonly NumberRecognizer _numbers;
    private readonly DateRecognizer _dates;
    private readonly PlaceRecognizer _places;

    public Annotator(LexiconSet lexicons, NumberRecognizer numbers, DateRecognizer dates, PlaceRecognizer places)
    {
        _lexicons = lexicons;
        _numbers = numbers;
        _dates = dates;
        _places = places;
    }

    public static Annotator Default => new(LexiconSet.Default, NumberRecognizer.Default, DateRecognizer.Default, PlaceRecognizer.Default);

    public AnnotatedDocument Annotate(Document document)
    {
        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        var words = Words.Of(text);
        var allCaps = IsAllCaps(text);
        var numbers = _numbers.Recognize(text);
        var dates = _dates.Recognize(text, document.Article.Published);
        var places = _places.Recognize(text);
        var cues = new List<Cue>();
        AddMatches(cues, CueKind.Event, _lexicons.Events, words);
        AddMatches(cues, CueKind.Casualty, _lexicons.Casualties, words);
        AddMatches(cues, CueKind.Target, _lexicons.Targets, words);
        AddMatches(cues, CueKind.Claim, _lexicons.Claims, words);
        AddMatches(cues, CueKind.Source, _lexicons.Sources, words);
        AddMatches(cues, CueKind.Background, _lexicons.Background, words);
        AddMatches(cues, CueKind.Wave, _lexicons.Waves, words);
        AddMatches(cues, CueKind.Caption, _lexicons.Captions, words);
        AddMatches(cues, CueKind.Actor, _lexicons.Actors, words);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var surface = text.AsSpan(w.Start, w.End - w.Start).ToString();
            if (allCaps && surface.Length <= 2) continue;
            if (_lexicons.CaseSensitiveActors.TryGetValue(surface, out var actor) && !cues.Any(c => c.Kind == CueKind.Actor && c.Start <= w.Start && c.End >= w.End))
                cues.Add(new Cue(CueKind.Actor, w.Start, w.End, actor, i, i));
        }
        cues.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return new AnnotatedDocument(document, sentences, words, numbers, dates, places, cues, allCaps);
    }

    private static void AddMatches<T>(List<Cue> cues, CueKind kind, PhraseMatcher<T> matcher, List<Word> words)
    {
        foreach (var m in matcher.Matches(words))
            cues.Add(new Cue(kind, m.Start, m.End, m.Value!, m.First, m.Last));
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
