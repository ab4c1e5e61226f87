using Sitrep.Lexicons;

namespace Sitrep.Annotation;

/// <summary>
/// A state's forces written as a generic force word and "of" before their country's name: "the armed forces of X",
/// "troops of the Republic of X", "the army of X" are the country's own forces (state_forces.tsv), the actor
/// catalogue's name for them. Words of function_words.tsv kinds force_noun, force_head and force_modifier; a country
/// with no row in state_forces.tsv names none.
/// </summary>
public static class ForcesOfCountry
{
    /// <summary>Adds an actor cue for each state's forces named by a force word "of" their country.</summary>
    public static void Add(string text, IReadOnlyList<Word> words, IReadOnlyList<PlaceMention> places, List<Cue> cues,
                           IReadOnlyDictionary<string, string> stateForces, FunctionWords functionWords)
    {
        var nouns = functionWords.Of(FunctionWords.ForceNoun);
        var heads = functionWords.Of(FunctionWords.ForceHead);
        var modifiers = functionWords.Of(FunctionWords.ForceModifier);
        foreach (var place in places)
        {
            if (place.IsDemonym || place.Place.Kind != Model.PlaceKind.Country || !stateForces.TryGetValue(place.Place.CountryCode, out var forces)) continue;
            var at = WordStarting(words, place.Start);
            if (at < 0) continue;
            var last = WordEnding(words, place.End, at);
            var w = at - 1;
            // "of the Republic of X": the state's long name before the country's
            if (w >= 2 && words[w].Key == "of" && words[w - 1].Key == "republic") w -= 2;
            if (w >= 0 && words[w].Key == "the") w--;
            if (w < 1 || words[w].Key != "of") continue;
            var head = w - 1;
            var first = head;
            while (first - 1 >= 0 && modifiers.Contains(words[first - 1].Key) && text[words[first - 1].End..words[first].Start] == " ") first--;
            if (!nouns.Contains(words[head].Key) && !(heads.Contains(words[head].Key) && first < head)) continue;
            if (last < 0 || cues.Any(c => c.Kind == CueKind.Actor && c.Start < words[last].End && c.End > words[first].Start)) continue;
            cues.Add(new Cue(CueKind.Actor, words[first].Start, words[last].End, new Actor(forces, "state"), first, last));
        }
    }

    private static int WordStarting(IReadOnlyList<Word> words, int start)
    {
        for (var w = 0; w < words.Count; w++)
            if (words[w].Start == start) return w;
        return -1;
    }

    private static int WordEnding(IReadOnlyList<Word> words, int end, int from)
    {
        for (var w = from; w < words.Count && words[w].Start < end; w++)
            if (words[w].End == end) return w;
        return -1;
    }
}
