using Sitrep.Annotation;
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
    /// <summary>The date was read in a sentence that does not name the frame's place (one that names it may replace it).</summary>
    public bool DatedByPlaceless { get; set; }
    public List<SentenceFacts> Sentences { get; } = new();
    public List<(CasualtyMention Mention, string? Source)> Casualties { get; } = new();
    public bool FromTitleOnly { get; set; }

    public bool Holds(Place place)
    {
        if (place.GeonameId == Place.GeonameId && place.Kind == Place.Kind) return true;
        if (place.CountryCode != Place.CountryCode) return false;
        if (Place.Kind == PlaceKind.Admin1 && place.Kind == PlaceKind.City && place.Admin1Code == Place.Admin1Code) return true;
        if (place.Kind == PlaceKind.Admin1 && Place.Kind == PlaceKind.City && place.Admin1Code == Place.Admin1Code) return true;
        return place.Kind == PlaceKind.City && Place.Kind == PlaceKind.City && place.KilometresTo(Place) < 12;
    }

    /// <summary>A city named later makes a province-level frame precise.</summary>
    public void Refine(PlaceMention mention)
    {
        PlaceMentions.Add(mention);
        if (Place.Kind == PlaceKind.Admin1 && mention.Place.Kind == PlaceKind.City) Place = mention.Place;
    }
}
