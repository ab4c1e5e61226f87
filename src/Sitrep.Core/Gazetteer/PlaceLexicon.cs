using System.Collections.Concurrent;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// The hand-written language data of place recognition, read from the gazetteer folder: stop words, common words,
/// demonyms, US state abbreviations, the cue words before and after a name and the head words of buildings' names (see data/gazetteer/README.md).
/// Keys are folded like gazetteer names, except cues, which are lower-case words.
/// </summary>
public sealed class PlaceLexicon
{
    private static readonly ConcurrentDictionary<Gazetteer, Lazy<PlaceLexicon>> Cache = new();

    private PlaceLexicon() { }

    /// <summary>Names that are usually words (taken only after a locative cue).</summary>
    public HashSet<string> StopWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Generic words that never name a place on their own ("Hospital", "West"), whatever stands before them.</summary>
    public HashSet<string> NeverAlone { get; } = new(StringComparer.Ordinal);

    /// <summary>Names that are often people's names (rejected when the text uses them in a person's name).</summary>
    public HashSet<string> PersonNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Common lower-case English words (all-capital text needs a cue before these).</summary>
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Demonym (folded) to the country or region and whether it votes for the text's country.</summary>
    public Dictionary<string, (Place Place, bool Weak)> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>US state abbreviation (folded: "colo", "il") to the admin1 division.</summary>
    public Dictionary<string, Place> StateAbbreviations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LocativeCues { get; } = new(StringComparer.Ordinal);
    public HashSet<string> VicinityCues { get; } = new(StringComparer.Ordinal);
    /// <summary>Phrases (lower-case words) right before a name that set it apart as a namesake's place ("not the one in", "no relation to").</summary>
    public List<string[]> DisowningPhrases { get; } = [];
    public HashSet<string> Descriptors { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Admin1Descriptors { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Modifiers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Suffixes { get; } = new(StringComparer.Ordinal);
    /// <summary>Nouns that with "of" make the name after them a street's ("the 400 block of Elm").</summary>
    public HashSet<string> StreetCues { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a locative cue that make it no cue ("according" before "to").</summary>
    public HashSet<string> CueBreakers { get; } = new(StringComparer.Ordinal);
    /// <summary>Cue kind particle: a small word inside a place's own name ("Vila de X"); see PlaceRecognizer.HeadsLongerName.</summary>
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);
    /// <summary>Titles and ranks before a name that make it a person's ("Commander X", "Col. X", "Father X").</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);
    /// <summary>Words after a place name that make it a news outlet's name ("the Riverside Herald"): no place.</summary>
    public HashSet<string> OutletWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Capitalised words that open a broadcaster's name before its town ("Radio X", "Radio La Voz de X"): see PlaceRecognizer.InBroadcasterName.</summary>
    public HashSet<string> BroadcasterWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case nouns right after a place name that write it as a settlement ("X village", "X town"): a cue as "in" before it.</summary>
    public HashSet<string> SettlementWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Nouns that with "of" right before a name write it as a town ("the town of X", "the village of X"): the town, not a country or division spelled alike.</summary>
    public HashSet<string> TownNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns right after a place name that make it a group's name ("the X clan", "an X gang", "the X Cartel"): no place.</summary>
    public HashSet<string> GroupWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Words right after a group noun that make it no group ("gang rape"): the name before it may be a place.</summary>
    public HashSet<string> NotGroupWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised nouns that with "of" head an organisation's or institution's name ("the Legion of X", "the Sisters of X"), lower case.</summary>
    public HashSet<string> BodyWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised nouns that close a local body's name opened by its town's name ("the X Military Council", "the X
    /// Health Directorate"), lower case: the town is the body's seat, and the name no person's or firm's.</summary>
    public HashSet<string> OfficeWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Units of a distance before "from" that make the place after it a reference point ("40 km from X": near X, not in it), lower case.</summary>
    public HashSet<string> DistanceUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right after a name that make it a county, parish or township ("X County", "X Twp"), lower case: the place meant is the town.</summary>
    public HashSet<string> CountyWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Compass directions among the vicinity cues, lower case: a vicinity cue only with "of" after it ("west of X", not "the west X").</summary>
    public HashSet<string> Directions { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words that may stand inside a place's name between capitalised words ("Saint-Jean de Luz", "Abu Ghraib"), lower case.</summary>
    public HashSet<string> Connectors { get; } = new(StringComparer.Ordinal);

    /// <summary>Head words of buildings' and streets' names ("mall", "diner", "road"), lower case: a town's name before them names the building.</summary>
    public HashSet<string> FacilityWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Topographic words that after a town's name inside a building's name make another locality's name ("Elm Ridge
    /// Shopping Centre"), lower case.</summary>
    public HashSet<string> LocalityWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The street words among <see cref="FacilityWords"/> ("road", "dr").</summary>
    public HashSet<string> StreetWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The lexicon in the gazetteer's folder, read once.</summary>
    public static PlaceLexicon For(Gazetteer gazetteer) =>
        Cache.GetOrAdd(gazetteer, g => new Lazy<PlaceLexicon>(() => Read(g), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static PlaceLexicon Read(Gazetteer gazetteer)
    {
        var folder = gazetteer.Folder;
        var lexicon = new PlaceLexicon();

        var stop = Path.Combine(folder, "stopwords.tsv");
        foreach (var (line, f) in TsvFile.Read(stop, 2))
        {
            var key = NameFolding.Fold(f[0]);
            switch (f[1])
            {
                case "word": lexicon.StopWords.Add(key); break;
                case "person": lexicon.PersonNames.Add(key); break;
                case "never": lexicon.NeverAlone.Add(key); break;
                default: throw new InvalidDataException($"{stop}:{line}: kind must be 'word', 'never' or 'person', found '{f[1]}'");
            }
        }

        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "common_words.txt"), 1))
            lexicon.CommonWords.Add(NameFolding.Fold(f[0]));

        var demonyms = Path.Combine(folder, "demonyms.tsv");
        foreach (var (line, f) in TsvFile.Read(demonyms, 2))
        {
            var place = gazetteer.Target(f[1]) ?? throw new InvalidDataException($"{demonyms}:{line}: unknown target '{f[1]}'");
            var weak = f.Length > 2 && f[2] == "weak";
            var key = NameFolding.Fold(f[0]);
            lexicon.Demonyms.TryAdd(key, (place, weak));
            if (key[^1] is 'n' or 'i') lexicon.Demonyms.TryAdd(key + "s", (place, weak));
        }

        var states = Path.Combine(folder, "us_states.tsv");
        foreach (var (line, f) in TsvFile.Read(states, 2))
        {
            var place = gazetteer.Admin1("US", f[1]) ?? throw new InvalidDataException($"{states}:{line}: unknown US state '{f[1]}'");
            lexicon.StateAbbreviations.TryAdd(NameFolding.Fold(f[0]), place);
        }

        var cues = Path.Combine(folder, "cues.tsv");
        foreach (var (line, f) in TsvFile.Read(cues, 2))
        {
            if (f[1] == "disown") { lexicon.DisowningPhrases.Add(f[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)); continue; }
            var set = f[1] switch
            {
                "locative" => lexicon.LocativeCues,
                "vicinity" => lexicon.VicinityCues,
                "descriptor" => lexicon.Descriptors,
                "admin1" => lexicon.Admin1Descriptors,
                "modifier" => lexicon.Modifiers,
                "suffix" => lexicon.Suffixes,
                "street" => lexicon.StreetCues,
                "not" => lexicon.CueBreakers,
                "particle" => lexicon.NameParticles,
                "title" => lexicon.Titles,
                "outlet" => lexicon.OutletWords,
                "broadcaster" => lexicon.BroadcasterWords,
                "settlement" => lexicon.SettlementWords,
                "town" => lexicon.TownNouns,
                "group" => lexicon.GroupWords,
                "notgroup" => lexicon.NotGroupWords,
                "body" => lexicon.BodyWords,
                "office" => lexicon.OfficeWords,
                "distance" => lexicon.DistanceUnits,
                "county" => lexicon.CountyWords,
                "direction" => lexicon.Directions,
                "connector" => lexicon.Connectors,
                _ => throw new InvalidDataException($"{cues}:{line}: unknown cue kind '{f[1]}'"),
            };
            set.Add(f[0].ToLowerInvariant());
        }

        var facilities = Path.Combine(folder, "facility_words.tsv");
        foreach (var (line, f) in TsvFile.Read(facilities, 2))
        {
            if (f[1] == "locality") { lexicon.LocalityWords.Add(f[0].ToLowerInvariant()); continue; }
            if (f[1] is not ("facility" or "street")) throw new InvalidDataException($"{facilities}:{line}: kind must be 'facility', 'street' or 'locality', found '{f[1]}'");
            lexicon.FacilityWords.Add(f[0].ToLowerInvariant());
            if (f[1] == "street") lexicon.StreetWords.Add(f[0].ToLowerInvariant());
        }
        return lexicon;
    }
}
