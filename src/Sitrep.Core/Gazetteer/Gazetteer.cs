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

    private readonly Dictionary<string, Place[]> _byName;
    private readonly Dictionary<string, Place> _countries;
    private readonly Dictionary<string, Place> _capitals;
    private readonly Dictionary<string, Place> _admin1;
    private readonly Dictionary<int, Place> _byId;

    private Gazetteer(Dictionary<string, Place[]> byName, Dictionary<string, Place> countries, Dictionary<string, Place> capitals,
        Dictionary<string, Place> admin1, Dictionary<int, Place> byId, string folder)
    {
        _byId = byId;
        _byName = byName;
        _countries = countries;
        _capitals = capitals;
        _admin1 = admin1;
        Folder = folder;
    }

    /// <summary>The folder the gazetteer was read from.</summary>
    public string Folder { get; }

    /// <summary>How many distinct folded names (and aliases) are indexed.</summary>
    public int NameCount => _byName.Count;

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
    public IReadOnlyList<Place> LookupFolded(string folded)
    {
        _byName.TryGetValue(folded, out var exact);
        var bare = NameFolding.WithoutArticle(folded);
        if (bare is null || !_byName.TryGetValue(bare, out var stripped)) return exact ?? [];
        if (exact is null) return stripped;
        return exact.Concat(stripped).Distinct().ToArray();
    }

    /// <summary>True when some indexed name is exactly this folded key.</summary>
    public bool ContainsFolded(string folded) => _byName.ContainsKey(folded);

    public Place? Country(string iso2) => _countries.GetValueOrDefault(iso2.ToUpperInvariant());

    public Place? Capital(string iso2) => _capitals.GetValueOrDefault(iso2.ToUpperInvariant());

    public Place? Admin1(string iso2, string admin1Code) => _admin1.GetValueOrDefault(iso2.ToUpperInvariant() + "." + admin1Code);

    public string? CountryName(string iso2) => Country(iso2)?.Name;

    /// <summary>All countries, by ISO code.</summary>
    public IEnumerable<Place> Countries => _countries.Values;

    private static Gazetteer Read(string folder)
    {
        var countriesPath = Path.Combine(folder, "countries.tsv");
        if (!File.Exists(countriesPath)) throw new FileNotFoundException($"gazetteer data not found: {countriesPath}", countriesPath);

        var byId = new Dictionary<int, Place>(210_000);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "admin1.tsv"), 8))
        {
            var place = new Place(Int(f[3]), f[2], Double(f[4]), Double(f[5]), f[0], f[1], f[2], PlaceKind.Admin1, Long(f[6]), "ADM1");
            admin1[f[0] + "." + f[1]] = place;
            admin1Names[f[0] + "." + f[1]] = f[2];
            byId[place.GeonameId] = place;
        }

        ReadPlaces(Path.Combine(folder, "places.tsv.gz"), admin1Names, byId);

        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (_, f) in TsvFile.Read(countriesPath, 7))
        {
            var place = new Place(Int(f[2]), f[1], Double(f[3]), Double(f[4]), f[0], null, null, PlaceKind.Country, Long(f[5]), "PCLI");
            countries[f[0]] = place;
            byId[place.GeonameId] = place;
            if (byId.TryGetValue(Int(f[6]), out var capital)) capitals[f[0]] = capital;
        }

        var names = new Dictionary<string, List<Place>>(500_000, StringComparer.Ordinal);
        ReadNames(Path.Combine(folder, "names.tsv.gz"), byId, names);

        var extra = Path.Combine(folder, "extra_places.tsv");
        if (File.Exists(extra))
        {
            foreach (var (line, f) in TsvFile.Read(extra, 7))
            {
                var key = f[3] + "." + f[4];
                var place = new Place(Int(f[0]), f[1], Double(f[5]), Double(f[6]), f[3], f[4], admin1Names.GetValueOrDefault(key),
                    PlaceKind.City, f.Length > 7 ? Long(f[7]) : 0, f.Length > 8 && f[8].Length > 0 ? f[8] : "PPLX");
                if (!byId.TryAdd(place.GeonameId, place)) throw new InvalidDataException($"{extra}:{line}: duplicate geoname id {place.GeonameId}");
                foreach (var name in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(f[1]))
                    AddName(names, NameFolding.Fold(name), place);
            }
        }

        var aliases = Path.Combine(folder, "aliases.tsv");
        if (File.Exists(aliases))
        {
            foreach (var (line, f) in TsvFile.Read(aliases, 2))
            {
                var target = Resolve(f[1], countries, admin1, byId)
                             ?? throw new InvalidDataException($"{aliases}:{line}: unknown target '{f[1]}' (use an ISO2 country, CC.admin1 or a geoname id)");
                AddName(names, NameFolding.Fold(f[0]), target);
            }
        }

        var byName = new Dictionary<string, Place[]>(names.Count, StringComparer.Ordinal);
        foreach (var (key, list) in names) byName[key] = [.. list];
        return new Gazetteer(byName, countries, capitals, admin1, byId, folder);
    }

    /// <summary>A target written in a data file: "SY" (country), "SY.14" (admin1), "SY:capital", or a geoname id.</summary>
    internal static Place? Resolve(string target, IReadOnlyDictionary<string, Place> countries, IReadOnlyDictionary<string, Place> admin1,
        IReadOnlyDictionary<int, Place> byId)
    {
        if (int.TryParse(target, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return byId.GetValueOrDefault(id);
        if (target.Contains('.')) return admin1.GetValueOrDefault(target);
        return countries.GetValueOrDefault(target);
    }

    /// <summary>A data-file target against this gazetteer (see <see cref="Resolve(string, IReadOnlyDictionary{string, Place}, IReadOnlyDictionary{string, Place}, IReadOnlyDictionary{int, Place})"/>).</summary>
    public Place? Target(string target) => Resolve(target, _countries, _admin1, _byId);

    /// <summary>The place with this GeoNames id (hand-added places have negative ids).</summary>
    public Place? ById(int geonameId) => _byId.GetValueOrDefault(geonameId);

    private static void AddName(Dictionary<string, List<Place>> names, string key, Place place)
    {
        if (key.Length == 0) return;
        if (!names.TryGetValue(key, out var list)) names[key] = list = [];
        if (!list.Contains(place)) list.Add(place);
    }

    private static void ReadPlaces(string path, Dictionary<string, string> admin1Names, Dictionary<int, Place> byId)
    {
        using var reader = OpenGzip(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 8) throw new InvalidDataException($"{path}:{number}: expected 8 tab-separated fields, found {f.Length}");
            var admin1Code = f[5].Length > 0 ? f[5] : null;
            var admin1Name = admin1Code is null ? null : admin1Names.GetValueOrDefault(f[4] + "." + admin1Code);
            var place = new Place(Int(f[0]), f[1], Double(f[2]), Double(f[3]), f[4], admin1Code, admin1Name, PlaceKind.City, Long(f[7]), f[6]);
            byId[place.GeonameId] = place;
        }
    }

    private static void ReadNames(string path, Dictionary<int, Place> byId, Dictionary<string, List<Place>> names)
    {
        using var reader = OpenGzip(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"{path}:{number}: expected a name, a tab and geoname ids");
            var key = line[..tab];
            var ids = line.AsSpan(tab + 1);
            var list = new List<Place>(1);
            foreach (var range in ids.Split(','))
            {
                var id = int.Parse(ids[range], NumberStyles.Integer, CultureInfo.InvariantCulture);
                if (byId.TryGetValue(id, out var place)) list.Add(place);
            }
            if (list.Count > 0) names[key] = list;
        }
    }

    private static StreamReader OpenGzip(string path) =>
        new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), System.Text.Encoding.UTF8, false, 1 << 16);

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static long Long(string s) => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static double Double(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
