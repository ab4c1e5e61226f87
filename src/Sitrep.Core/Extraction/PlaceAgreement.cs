using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>Whether the rest of an article backs up a place that its frames were built on.</summary>
internal static class PlaceAgreement
{
    private static readonly Lazy<IReadOnlySet<string>> CountyNouns = new(() => FunctionWords.Default.Of(FunctionWords.CountyNoun));
    private static readonly Lazy<IReadOnlySet<string>> NeighbourhoodNames = new(() => FunctionWords.Default.Of(FunctionWords.NeighbourhoodName));

    /// <summary>
    /// "Riverside County", "Riverside Parish" (function_words.tsv kind county_noun, capitalised): the name is a county's, which the gazetteer does not hold; the town of
    /// that name may lie anywhere in it, or in another county, so it places no attack by itself.
    /// </summary>
    public static bool NamesCounty(AnnotatedDocument doc, PlaceMention p)
    {
        if (p.Place.Kind != PlaceKind.City) return false;
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && CountyNouns.Value.Contains(doc.Words[next].Key)
               && char.IsUpper(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>
    /// "the Riverside parish of Oldtown", "the Riverside district of Oldtown": the text itself writes the town as a part of
    /// the wider place (a lower-case word and "of" between them), so the wider place is the one it codes the scene at.
    /// </summary>
    public static bool WrittenAsPartOf(AnnotatedDocument doc, PlaceMention p, Place wider)
    {
        var next = doc.WordAt(p.End);
        if (next + 2 >= doc.Words.Count || doc.Words[next].Start - p.End != 1 || !char.IsLower(doc.Text[doc.Words[next].Start])
            || doc.Words[next + 1].Key != "of") return false;
        var start = doc.Words[next + 2].Start;
        return doc.Places.Any(m => m.Start == start && m.Place.GeonameId == wider.GeonameId);
    }

    /// <summary>"the Riverside neighborhood", "the Riverside section" (function_words.tsv kind neighbourhood_name): a part of a city, whatever town elsewhere bears the name.</summary>
    public static bool NamedAsNeighbourhood(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && NeighbourhoodNames.Value.Contains(doc.Words[next].Key);
    }

    /// <summary>
    /// "shots were fired in the Riverside sector", filed from a city of another country: a town of a far country that
    /// the text writes only as a part of a town (a lower-case neighbourhood word right after the name, function_words.tsv
    /// kind neighbourhood_noun: "the X sector", "the X barrio") and that no other name of the text places in that country
    /// is a neighbourhood of the article's home named like the far town, not the far town.
    /// </summary>
    public static bool ForeignNeighbourhood(AnnotatedDocument doc, Frame frame, Place home, IReadOnlySet<string> neighbourhoodNouns) =>
        frame.Place.Kind == PlaceKind.City && frame.Place.CountryCode != home.CountryCode
        && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && NeighbourhoodWordAfter(doc, m, neighbourhoodNouns))
        && !doc.Places.Any(m => m.Place.GeonameId != frame.Place.GeonameId && m.Place.CountryCode == frame.Place.CountryCode);

    /// <summary>"the Riverside sector": a lower-case neighbourhood word right after the name.</summary>
    private static bool NeighbourhoodWordAfter(AnnotatedDocument doc, PlaceMention p, IReadOnlySet<string> neighbourhoodNouns)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End == 1 && neighbourhoodNouns.Contains(doc.Words[next].Key)
               && char.IsLower(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>
    /// The mention is written as a place beyond doubt: "the city of Riverside", "the port of Riverside", "in Riverside
    /// town" (a lower-case settlement noun right after the name, function_words.tsv kind settlement_noun), or with its own
    /// division, called a division, in the same sentence ("in Riverside, in the northern Lakeland province"; not the
    /// address style "Riverside, Calif.", which every town of a story gets). Such a town is where the attack was,
    /// however far from the article's dateline.
    /// </summary>
    public static bool WrittenAsPlace(AnnotatedDocument doc, PlaceMention p, IReadOnlySet<string> placeNouns, IReadOnlySet<string> settlementNouns)
    {
        if (p.Place.Kind != PlaceKind.City) return false;
        var w = doc.WordAt(p.Start) - 1;
        if (w >= 1 && doc.Words[w].Key == "of" && placeNouns.Contains(doc.Words[w - 1].Key)) return true;
        var after = doc.WordAt(p.End);
        if (after < doc.Words.Count && doc.Words[after].Start - p.End == 1 && settlementNouns.Contains(doc.Words[after].Key)
            && char.IsLower(doc.Text[doc.Words[after].Start])) return true;
        var sentence = doc.SentenceAt(p.Start);
        return p.Place.Admin1Code is not null
               && doc.PlacesIn(sentence.Span).Any(m => m.Place.Kind == PlaceKind.Admin1 && !m.IsDemonym
                                                     && m.Place.CountryCode == p.Place.CountryCode && m.Place.Admin1Code == p.Place.Admin1Code
                                                     && doc.WordAt(m.End) is var next && next < doc.Words.Count && placeNouns.Contains(doc.Words[next].Key));
    }

    /// <summary>Below this a town's name is more often some other thing's name than the town (a diner, a first word).</summary>
    private const int StrangerPopulation = 100_000;

    /// <summary>
    /// A small town (below <see cref="StrangerPopulation"/>) of another country than the home an article only names most
    /// (no dateline, no big city in its opening), that nothing else of the text places in that country: no country name,
    /// demonym, division or bigger town of it. Other small towns of that country do not vouch for it: two neighbourhoods
    /// of the home ("the Riverside pitch", "the Northgate quarter") may both share their names with hamlets abroad.
    /// </summary>
    public static bool StrangerAbroad(AnnotatedDocument doc, Place place, Place home) =>
        place.Kind == PlaceKind.City && place.CountryCode != home.CountryCode && place.Population < StrangerPopulation
        && !doc.Places.Any(m => m.Place.GeonameId != place.GeonameId && m.Place.CountryCode == place.CountryCode
                                && (m.IsDemonym || m.Place.Kind != PlaceKind.City || m.Place.Population >= StrangerPopulation));

    /// <summary>
    /// A small town of another country, or of another division of the home's country, than the article's home, or a
    /// division of another country, that no other name of the text places there (no country, state, demonym or other town of it): "Riverside" of a
    /// far country in a story datelined at home is a name read wrong, however often the story repeats it.
    /// </summary>
    public static bool Stranger(AnnotatedDocument doc, Place place, Place home)
    {
        var otherCountry = place.CountryCode != home.CountryCode;
        var small = place.Kind == PlaceKind.City ? place.Population < StrangerPopulation : place.Kind == PlaceKind.Admin1 && otherCountry;
        if (!small) return false;
        if (!otherCountry && (place.Admin1Code is null || home.Admin1Code is null || place.Admin1Code == home.Admin1Code)) return false;
        return !doc.Places.Any(m => m.Place.GeonameId != place.GeonameId && m.Place.CountryCode == place.CountryCode
                                    && (otherCountry || (m.Place.Kind != PlaceKind.Country && m.Place.Admin1Code == place.Admin1Code)));
    }
}
