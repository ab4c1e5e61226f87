using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>A name found in the text with the places it may be, before resolution in the context of the whole text.</summary>
internal sealed class PlaceCandidate
{
    public required int First { get; init; }
    public required int Last { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>The folded name ("" for "the capital").</summary>
    public required string Key { get; init; }
    public required IReadOnlyList<Place> Places { get; set; }
    public bool IsDemonym { get; init; }
    /// <summary>A demonym of a people spread over several countries: it gives no vote for the text's country.</summary>
    public bool IsWeakDemonym { get; init; }
    /// <summary>"the capital" / "the Syrian capital": resolved to the capital of <see cref="CapitalOf"/> or of the text's country.</summary>
    public bool IsCapitalPhrase { get; init; }
    public string? CapitalOf { get; init; }
    public CueKind Cue { get; set; }
    public bool Vicinity => Cue == CueKind.Vicinity;
    public bool Cued => Cue != CueKind.None;
    /// <summary>"province of X" / "X governorate": the division, not the city.</summary>
    public bool WantsAdmin1 { get; set; }
    /// <summary>With <see cref="WantsAdmin1"/>: the second-level province of that name the text means (PlaceResolver.ProvinceByName), if any.</summary>
    public Place? Province { get; set; }
    /// <summary>"X County": a county seat or town, never a state or country.</summary>
    public bool WantsCity { get; set; }
    /// <summary>"the town of X", "the village of X": written as a town (so <see cref="WantsCity"/>), which the name's other mentions in the text follow.</summary>
    public bool WrittenAsTown { get; set; }
    /// <summary>The division written right after it ("Aurora, Colo.").</summary>
    public Place? NextAdmin1 { get; set; }
    /// <summary>The county written right after it ("Barnstaple, Devon"): the town lies in it (see PlaceRecognizer.CountyAfter).</summary>
    public Place? NextCounty { get; set; }
    /// <summary>The last word of that county's name, read with the town and so no place of its own (-1: none).</summary>
    public int CountyLast { get; set; } = -1;
    /// <summary>The country written right after it ("Homs, Syria").</summary>
    public string? NextCountry { get; set; }
    public Place? Resolved { get; set; }
    /// <summary>Part of a building's or a street's name ("Riverside Mall"): the town only if it agrees with the text's other places.</summary>
    public bool InFacilityName { get; set; }

    /// <summary>In a building's name, the name is followed by a locality word ("the Elm Ridge Shopping Centre", facility_words.tsv
    /// kind locality): the words make another place's name (an estate's, a suburb's), so the name is no town unless the text
    /// names it alone; see PlaceRecognizer.DropFacilityNamesThatDisagree.</summary>
    public bool HeadsLocalityName { get; set; }

    /// <summary>A small town's name in the possessive before a building's or a street's name ("Roe's Diner"): a person's
    /// as often as the town's: it casts no country vote, and is dropped when it lies outside the country the text's other
    /// names vote for (PlaceResolver.DropStrays); see PlaceRecognizer.</summary>
    public bool IsOwnerOfFacility { get; set; }
    /// <summary>After "of" in an organisation's or institution's name ("the Legion of X", cues.tsv kind body): its patron,
    /// namesake or seat. It casts no country vote, and is dropped when it lies outside the country the text's other names
    /// vote for, unless the text names it outside such a name too (PlaceResolver.DropStrays).</summary>
    public bool InBodyName { get; set; }
    /// <summary>After words that set it apart as a namesake's place ("not the one in X", "no relation to X", cues.tsv kind
    /// disown): the text says its place is not there, so the name counts against its country (PlaceResolver.CountryVotes).</summary>
    public bool Disowned { get; set; }
    /// <summary>Named around the text, not in it (a site's name): weighs in the resolution of the others, is no mention.</summary>
    public bool IsContext { get; set; }
}

/// <summary>What the words before a name say about it.</summary>
internal enum CueKind { None, Locative, Vicinity }
