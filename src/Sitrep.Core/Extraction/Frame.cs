using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>One attack being assembled while an article is read: its place, date and the sentences about it.</summary>
internal sealed class Frame
{
    public Frame(PlaceMention place) { Place = place.Place; PlaceMentions.Add(place); }

    public Place Place { get; set; }
    public List<PlaceMention> PlaceMentions { get; } = new();
    public DateMention? Date { get; set; }
    /// <summary>The date was read in a sentence that tells the attack, not only one that names its place.</summary>
    public bool DateFromAttack { get; set; }
    /// <summary>The date was read in a sentence that does not name the frame's place, or names the places of several frames (one that tells the attack at its place may replace it).</summary>
    public bool DatedByPlaceless { get; set; }
    /// <summary>
    /// The date was read in a sentence that names, as its scene, only a region (a province, an area) holding the frame's
    /// town: a day of the whole region ("four masts burned across the county during the night to Monday"), which a
    /// sentence that gives the town's attack a day of its own replaces.
    /// </summary>
    public bool DatedByRegion { get; set; }
    public List<SentenceFacts> Sentences { get; } = new();

    /// <summary>The frame's sentence that holds the text position (a casualty mention's start), or null.</summary>
    public SentenceFacts? SentenceAt(int position) => Sentences.FirstOrDefault(s => s.Sentence.Start <= position && position < s.Sentence.End);
    public List<(CasualtyMention Mention, string? Source)> Casualties { get; } = new();
    public bool FromTitleOnly { get; set; }
    /// <summary>Opened by a sentence that tells another attack at the place in focus ("In a separate incident, ..."): never merged with a nearby frame.</summary>
    public bool ToldSeparately { get; init; }
    /// <summary>One of attacks told at one place on different days against different targets (IncidentExtractor.SplitByDay): each is news.</summary>
    public bool DayApart { get; set; }
    /// <summary>One of attacks told at one place against different buildings or vehicles, each in sentences of its own (IncidentExtractor.SplitBySite): each is news.</summary>
    public bool SiteApart { get; set; }
    /// <summary>The name of the site of the town the frame's attack struck, when the article tells attacks at named sites apart (IncidentExtractor.SiteWave): its sublocation.</summary>
    public string? Site { get; set; }
    /// <summary>Opened by one more assault told after this attack in focus ("another clash", IncidentExtractor.AnotherAssault): the two are news together.</summary>
    public Frame? AssaultAfter { get; init; }
    /// <summary>One of attacks at one place told as a timeline, each under its time of the day, in an article that counts its attacks (IncidentExtractor.SplitByTimeline): each is news.</summary>
    public bool TimedApart { get; set; }
    /// <summary>The date was counted on past midnight of the day told before (IncidentExtractor.DateAfterMidnight): read from the text.</summary>
    public bool PastMidnight { get; set; }
    /// <summary>
    /// The first site of a kind struck before a later one ("a second church", IncidentExtractor.RepeatedSiteAttacks): its
    /// target word, told as struck though its sentence has no attack word, and the later sentence's attack words, which
    /// tell how it was struck when its own sentences tell no kind.
    /// </summary>
    public List<Cue> StruckSites { get; } = new();
    public List<Cue> StruckLike { get; } = new();
    /// <summary>At the town of a round-up's section heading, whose section tells its attack (IncidentExtractor.AddSectionFrames): never merged with a nearby frame.</summary>
    public bool Sectioned { get; set; }

    /// <summary>
    /// Hands one of this frame's sentences, with the casualty figures read in it, to another frame (a site, a day or a
    /// time of the day told apart at the same place).
    /// </summary>
    public void MoveSentenceTo(Frame other, SentenceFacts sentence)
    {
        Sentences.Remove(sentence);
        other.Sentences.Add(sentence);
        foreach (var c in Casualties.Where(c => sentence.Sentence.Start <= c.Mention.Span.Start && c.Mention.Span.Start < sentence.Sentence.End).ToList())
        {
            Casualties.Remove(c);
            other.Casualties.Add(c);
        }
    }

    public bool Holds(Place place)
    {
        if (place.GeonameId == Place.GeonameId && place.Kind == Place.Kind) return true;
        if (place.CountryCode != Place.CountryCode) return false;
        if (Place.Kind == PlaceKind.Admin1 && place.Kind == PlaceKind.City && place.Admin1Code == Place.Admin1Code) return true;
        if (place.Kind == PlaceKind.Admin1 && Place.Kind == PlaceKind.City && place.Admin1Code == Place.Admin1Code) return true;
        if (place.Kind != PlaceKind.City || Place.Kind != PlaceKind.City) return false;
        var distance = place.KilometresTo(Place);
        // an area (a district, a former province) holds the towns of its province around it; a county (ADM2), placed at its
        // seat, which may lie near its edge, those as far as a town written with it may lie (PlaceResolver.CountyReach)
        var reach = Place.FeatureCode == "ADM2" || place.FeatureCode == "ADM2" ? Gazetteer.PlaceResolver.CountyReach : AreaKilometres;
        if ((Place.IsArea || place.IsArea) && place.Admin1Code == Place.Admin1Code && distance < reach) return true;
        return distance < 12;
    }

    /// <summary>How far from an area's centre (<see cref="Model.Place.IsArea"/>) a town of its province is taken to lie in it.</summary>
    public const double AreaKilometres = 30;

    /// <summary>
    /// A city named later makes a region's frame precise: a province's, or an area's (a district, a former province: a
    /// gazetteer entry of feature AREA) of more people than the city.
    /// </summary>
    public void Refine(PlaceMention mention)
    {
        PlaceMentions.Add(mention);
        if (mention.Place.Kind != PlaceKind.City || mention.Place.GeonameId == Place.GeonameId) return;
        if (Place.Kind == PlaceKind.Admin1 || (Place.IsArea && Place.Population > mention.Place.Population)) Place = mention.Place;
    }
}
