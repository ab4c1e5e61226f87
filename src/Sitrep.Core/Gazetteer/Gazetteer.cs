using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// GeoNames places (populated places of 500+ people, first-level divisions, countries) indexed by spelling-folded
/// name and alias. Built by tools/GazetteerBuild into data/gazetteer; hand-written aliases and extra places live
/// beside it. Immutable once loaded, so one instance serves every thread.
/// </summary>
public sealed class Gazetteer
{
    private static readonly ConcurrentDictionary<string, Lazy<Gazetteer>> Cache = new(StringComparer.Ordinal);

    private readonly NameIndex _names;
    private readonly PlaceTable _places;
    private readonly Dictionary<string, List<Place>> _extraNames;
    private readonly Dictionary<string, List<Place>>.AlternateLookup<ReadOnlySpan<char>> _extraSpans;
    // names found, with their places (names not found are not kept: there is no end to them in a stream of news)
    private readonly ConcurrentDictionary<string, Place[]> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _lookupSpans;
    // by reference: hashing the object is cheaper than hashing its name, and a place's folded name depends on nothing else
    private readonly ConcurrentDictionary<Place, string> _foldedNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Place> _countries;
    private readonly Dictionary<string, Place> _capitals;
    private readonly Dictionary<string, Place> _admin1;
    private readonly Dictionary<int, Place> _fixed;
    // hand-written names of towns (aliases.tsv lines with a geoname id): the name English news uses, as good as the town's own
    private readonly HashSet<(string Key, int Id)> _handNames;
    // second-level divisions (counties, districts) by folded name: no readings of a name, only what a name after a town's
    // or a bare name may also be (see Counties)
    private readonly Dictionary<string, List<Place>> _counties;
    // country_domains.tsv, read on first use
    private readonly Lazy<Dictionary<string, string?>> _domains;

    private Gazetteer(NameIndex names, PlaceTable places, Dictionary<string, List<Place>> extraNames, Dictionary<string, Place> countries,
        Dictionary<string, Place> capitals, Dictionary<string, Place> admin1, Dictionary<int, Place> fixedPlaces, HashSet<(string Key, int Id)> handNames, Dictionary<string, List<Place>> counties, string folder)
    {
        _handNames = handNames;
        _counties = counties;
        _names = names;
        _places = places;
        _extraNames = extraNames;
        _extraSpans = extraNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _lookupSpans = _lookups.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in extraNames.Keys) names.Prefixes.AddPrefixesOf(key);
        _countries = countries;
        _capitals = capitals;
        _admin1 = admin1;
        _fixed = fixedPlaces;
        Folder = folder;
        _domains = new(() => ReadDomains(folder), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The folder the gazetteer was read from.</summary>
    public string Folder { get; }

    /// <summary>How many distinct folded names (and aliases) are indexed.</summary>
    public int NameCount => _names.Count + _extraNames.Count;

    /// <summary>The gazetteer in the program's data folder, loaded once.</summary>
    public static Gazetteer LoadDefault() => Load(DataFiles.PathOf("gazetteer"));

    /// <summary>The gazetteer in <paramref name="folder"/>; loaded once per folder and cached.</summary>
    public static Gazetteer Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        return Cache.GetOrAdd(full, f => new Lazy<Gazetteer>(() => Read(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Every city, admin1 division and country with this name or alias, spelling-folded.</summary>
    public IReadOnlyList<Place> Lookup(string name) => LookupFolded(NameFolding.Fold(name));

    /// <summary>Lookup by an already folded key (see <see cref="NameFolding.Fold(string)"/>); also tries it without an Arabic article.</summary>
    public IReadOnlyList<Place> LookupFolded(string folded) => LookupFolded(folded.AsSpan());

    /// <summary><see cref="LookupFolded(string)"/> of a key being built in a buffer: nothing is allocated for a name already found or not found at all.</summary>
    /// <remarks>
    /// Two caches in front of the index: this thread's last answers (direct-mapped by hash, names found or not), then
    /// every name found so far. Both only ever hold what the index answers, so neither changes a result.
    /// </remarks>
    internal IReadOnlyList<Place> LookupFolded(ReadOnlySpan<char> folded)
    {
        var recent = LookupCache.For(this);
        ref var entry = ref recent.Slot(folded);
        if (entry.Key is not null && folded.SequenceEqual(entry.Key)) return entry.Places;
        string key;
        IReadOnlyList<Place> places;
        if (_lookupSpans.TryGetValue(folded, out var known, out var cached))
        {
            key = known;
            places = cached;
        }
        else
        {
            List<Place>? found = null;
            Collect(folded, ref found);
            var article = NameFolding.ArticleLength(folded);
            if (article > 0) Collect(folded[article..], ref found);
            key = Lexicons.StringPool.Get(folded);
            if (found is null) places = [];
            else
            {
                var result = found.ToArray();
                _lookups.TryAdd(key, result);
                places = result;
            }
        }
        entry = new LookupCache.Entry(key, places);
        return places;
    }

    /// <summary>Lookup by an already folded key, as written (no article dropped).</summary>
    public IReadOnlyList<Place> LookupExact(string folded) => LookupExact(folded.AsSpan());

    internal IReadOnlyList<Place> LookupExact(ReadOnlySpan<char> folded)
    {
        List<Place>? found = null;
        Collect(folded, ref found);
        return found ?? [];
    }

    /// <summary>
    /// Whether a longer name may start with this folded key and a space, so that a window of words growing from it can
    /// still be found (with or without an Arabic article before it). False means no name goes on.
    /// </summary>
    internal bool MayContinue(ReadOnlySpan<char> folded)
    {
        var prefixes = _names.Prefixes;
        if (prefixes.MayStart(folded)) return true;
        if (folded.Length < 2 || folded[0] is not ('a' or 'e')) return false; // every article starts so
        foreach (var article in NameFolding.Articles)
        {
            // "al" alone may be the article of "al qamishli"; "al qa..." goes on when "qa..." does
            if (folded.Length == article.Length - 1 && article.AsSpan(0, article.Length - 1).SequenceEqual(folded)) return true;
            if (folded.StartsWith(article, StringComparison.Ordinal) && prefixes.MayStart(folded[article.Length..])) return true;
        }
        return false;
    }

    /// <summary>
    /// The second-level divisions (counties, districts) of admin2.tsv.gz with this folded name ("devon"), as places of the
    /// kind City with the feature code ADM2 and their seat's coordinates. They are no readings of a name in
    /// <see cref="Lookup(string)"/>: a county is read only where the text writes it as one (after a town's name: "Barnstaple,
    /// Devon") or where its towns of the same name lie in no country the text speaks of.
    /// </summary>
    public IReadOnlyList<Place> Counties(string folded) => _counties.TryGetValue(folded, out var list) ? list : [];

    /// <summary>
    /// The country a web address's top-level domain stands for ("re" Réunion, "uk" Britain), or null for a generic or
    /// made-up one (".com", ".example") and for a country's domain that sites everywhere buy for the word it spells
    /// (".tv", ".io", ".co"): country_domains.tsv lists those and the domains unlike their country's code.
    /// </summary>
    public string? CountryOfDomain(string topLevel)
    {
        if (topLevel.Length != 2 || !topLevel.All(char.IsAsciiLetter)) return null;
        var domain = topLevel.ToLowerInvariant();
        var listed = _domains.Value;
        if (listed.TryGetValue(domain, out var country)) return country;
        return _countries.ContainsKey(domain.ToUpperInvariant()) ? domain.ToUpperInvariant() : null;
    }

    /// <summary>country_domains.tsv of the gazetteer's folder: a domain and its country, or null for none.</summary>
    private static Dictionary<string, string?> ReadDomains(string folder)
    {
        var table = new Dictionary<string, string?>(StringComparer.Ordinal);
        var path = Path.Combine(folder, "country_domains.tsv");
        if (!File.Exists(path)) return table;
        foreach (var (_, f) in TsvFile.Read(path, 2))
            table[f[0].Trim().ToLowerInvariant()] = f[1].Trim() is "-" or "" ? null : f[1].Trim().ToUpperInvariant();
        return table;
    }

    /// <summary>Whether <paramref name="key"/> is a hand-written name of this town in aliases.tsv ("Jenin" for Janin).</summary>
    internal bool IsHandName(string key, Place place) => _handNames.Contains((key, place.GeonameId));

    /// <summary>The folded form of a place's own name (cached: resolution asks it of every reading of every name).</summary>
    internal string FoldedName(Place place)
    {
        if (_foldedNames.TryGetValue(place, out var folded)) return folded;
        folded = NameFolding.Fold(place.Name);
        _foldedNames.TryAdd(place, folded);
        return folded;
    }

    private void Collect(ReadOnlySpan<char> key, ref List<Place>? found)
    {
        var ids = t_ids ??= [];
        ids.Clear();
        if (_names.AddIds(key, ids))
        {
            foreach (var id in ids)
                if (ById(id) is { } place && !(found ??= []).Contains(place)) found.Add(place);
        }
        if (_extraSpans.TryGetValue(key, out var extra))
            foreach (var place in extra) if (!(found ??= []).Contains(place)) found.Add(place);
    }

    [ThreadStatic] private static List<int>? t_ids;

    public Place? Country(string iso2) => _countries.GetValueOrDefault(iso2.ToUpperInvariant());

    public Place? Capital(string iso2) => _capitals.GetValueOrDefault(iso2.ToUpperInvariant());

    public Place? Admin1(string iso2, string admin1Code) => _admin1.GetValueOrDefault(iso2.ToUpperInvariant() + "." + admin1Code);

    public string? CountryName(string iso2) => Country(iso2)?.Name;

    /// <summary>A target written in a data file: "SY" (country), "SY.14" (admin1) or a geoname id.</summary>
    public Place? Target(string target) =>
        int.TryParse(target, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? ById(id)
        : target.Contains('.') ? _admin1.GetValueOrDefault(target) : Country(target);

    /// <summary>The place with this GeoNames id (hand-added places have negative ids).</summary>
    public Place? ById(int geonameId) => _fixed.TryGetValue(geonameId, out var place) ? place : _places.Get(geonameId);

    /// <summary>All countries, by ISO code.</summary>
    public IEnumerable<Place> Countries => _countries.Values;

    private static Gazetteer Read(string folder)
    {
        var countriesPath = Path.Combine(folder, "countries.tsv");
        if (!File.Exists(countriesPath)) throw new FileNotFoundException($"gazetteer data not found: {countriesPath}", countriesPath);
        var namesPath = Path.Combine(folder, "names.tsv.gz");
        var names = Task.Run(() => new NameIndex(ReadGzip(namesPath), namesPath));

        var fixedPlaces = new Dictionary<int, Place>();
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "admin1.tsv"), 8))
        {
            var place = new Place(Int(f[3]), NameFolding.Ascii(f[2]), Double(f[4]), Double(f[5]), f[0], f[1], NameFolding.Ascii(f[2]), PlaceKind.Admin1, Long(f[6]), "ADM1");
            admin1[f[0] + "." + f[1]] = place;
            admin1Names[f[0] + "." + f[1]] = NameFolding.Ascii(f[2]);
            fixedPlaces[place.GeonameId] = place;
        }

        var placesPath = Path.Combine(folder, "places.tsv.gz");
        var places = new PlaceTable(ReadGzip(placesPath), placesPath, admin1Names);

        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(countriesPath, 7))
        {
            var place = new Place(Int(f[2]), f[1], Double(f[3]), Double(f[4]), f[0], null, null, PlaceKind.Country, Long(f[5]), "PCLI");
            countries[f[0]] = place;
            fixedPlaces[place.GeonameId] = place;
            capitals[f[0]] = places.Get(Int(f[6])) ?? throw new InvalidDataException($"{countriesPath}:{line}: capital {f[6]} not in places");
        }

        var extraNames = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var extra = Path.Combine(folder, "extra_places.tsv");
        if (File.Exists(extra))
        {
            foreach (var (line, f) in TsvFile.Read(extra, 7))
            {
                var key = f[3] + "." + f[4];
                var place = new Place(Int(f[0]), NameFolding.Ascii(f[1]), Double(f[5]), Double(f[6]), f[3], f[4], admin1Names.GetValueOrDefault(key),
                    PlaceKind.City, f.Length > 7 ? Long(f[7]) : 0, f.Length > 8 && f[8].Length > 0 ? f[8] : "PPLX");
                if (place.GeonameId >= 0 || !fixedPlaces.TryAdd(place.GeonameId, place))
                    throw new InvalidDataException($"{extra}:{line}: hand-added places need a negative id of their own, found {place.GeonameId}");
                foreach (var name in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(f[1]))
                    AddName(extraNames, NameFolding.Fold(name), place);
            }
        }

        var handNames = new HashSet<(string Key, int Id)>();
        var aliases = Path.Combine(folder, "aliases.tsv");
        if (File.Exists(aliases))
        {
            foreach (var (line, f) in TsvFile.Read(aliases, 2))
            {
                Place? target = int.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                    ? fixedPlaces.GetValueOrDefault(id) ?? places.Get(id)
                    : f[1].Contains('.') ? admin1.GetValueOrDefault(f[1]) : countries.GetValueOrDefault(f[1]);
                if (target is null) throw new InvalidDataException($"{aliases}:{line}: unknown target '{f[1]}' (use an ISO2 country, CC.admin1 or a geoname id)");
                AddName(extraNames, NameFolding.Fold(f[0]), target);
                if (target.Kind == PlaceKind.City) handNames.Add((NameFolding.Fold(f[0]), target.GeonameId));
            }
        }

        var counties = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var admin2Path = Path.Combine(folder, "admin2.tsv.gz");
        if (File.Exists(admin2Path))
        {
            var lineNumber = 0;
            foreach (var row in ReadGzip(admin2Path).Split('\n'))
            {
                lineNumber++;
                var line = row.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length < 4) throw new InvalidDataException($"{admin2Path}:{lineNumber}: expected 4 tab-separated fields");
                var seat = places.Get(Int(f[2])) ?? throw new InvalidDataException($"{admin2Path}:{lineNumber}: seat {f[2]} not in places");
                var name = NameFolding.Ascii(f[0]);
                var county = new Place(Int(f[1]), name, seat.Latitude, seat.Longitude, seat.CountryCode, seat.Admin1Code, seat.Admin1Name,
                    PlaceKind.City, Long(f[3]), "ADM2");
                AddName(counties, NameFolding.Fold(name), county);
            }
        }

        return new Gazetteer(names.Result, places, extraNames, countries, capitals, admin1, fixedPlaces, handNames, counties, folder);
    }

    private static void AddName(Dictionary<string, List<Place>> names, string key, Place place)
    {
        if (key.Length == 0) return;
        if (!names.TryGetValue(key, out var list)) names[key] = list = [];
        if (!list.Contains(place)) list.Add(place);
    }

    private static string ReadGzip(string path)
    {
        using var reader = OpenGzip(path);
        return reader.ReadToEnd();
    }

    private static StreamReader OpenGzip(string path) =>
        new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), System.Text.Encoding.UTF8, false, 1 << 16);

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static long Long(string s) => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static double Double(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
