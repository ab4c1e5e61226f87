using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Gazetteer;

// Builds the compact gazetteer (data/gazetteer) from GeoNames: cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt.
// Output: places.tsv.gz (one populated place per line), names.tsv.gz (folded name -> geoname ids),
// admin1.tsv and countries.tsv (divisions and countries with the coordinates of their seat / capital), admin2.tsv.gz
// (second-level divisions, counties and districts, that have a place of cities500 in them, with their seat).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: GazetteerBuild <geonames folder> <output folder>");
    return 2;
}
var source = args[0];
var output = args[1];
Directory.CreateDirectory(output);

var countries = ReadCountries(Path.Combine(source, "countryInfo.txt"));
var admin1 = ReadAdmin1(Path.Combine(source, "admin1CodesASCII.txt"));
var places = ReadCities(Path.Combine(source, "cities500.txt"));
var admin2 = ReadAdmin2(Path.Combine(source, "admin2Codes.txt"));
Console.WriteLine($"{places.Count} places, {admin1.Count} admin1, {countries.Count} countries");

// Seats of admin1 divisions: the PPLA (most populous if several), else the most populous place in it.
var byAdmin1 = places.Where(p => p.Admin1.Length > 0).GroupBy(p => p.Country + "." + p.Admin1).ToDictionary(g => g.Key, g => g.ToList());
foreach (var a in admin1.Values)
{
    if (!byAdmin1.TryGetValue(a.Key, out var inside)) continue;
    var seat = inside.Where(p => p.FeatureCode is "PPLA" or "PPLC").OrderByDescending(p => p.Population).FirstOrDefault()
               ?? inside.OrderByDescending(p => p.Population).First();
    a.Seat = seat;
    a.Population = inside.Sum(p => p.Population);
}

// Seats of admin2 divisions: the PPLA2 (most populous if several), else the most populous place in it.
var byAdmin2 = places.Where(p => p.Admin1.Length > 0 && p.Admin2.Length > 0).GroupBy(p => p.Country + "." + p.Admin1 + "." + p.Admin2).ToDictionary(g => g.Key, g => g.ToList());
foreach (var a in admin2)
{
    if (!byAdmin2.TryGetValue(a.Key, out var inside)) continue;
    a.Seat = inside.Where(p => p.FeatureCode == "PPLA2").OrderByDescending(p => p.Population).FirstOrDefault()
             ?? inside.OrderByDescending(p => p.Population).First();
    a.Population = inside.Sum(p => p.Population);
}

// Capitals: the PPLC named like countryInfo's capital, else the most populous PPLC, else a place of that name.
var byCountry = places.GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.ToList());
foreach (var c in countries.Values)
{
    if (!byCountry.TryGetValue(c.Iso2, out var inside)) continue;
    var capitalKey = NameFolding.Fold(c.CapitalName);
    var pplc = inside.Where(p => p.FeatureCode == "PPLC").ToList();
    c.Capital = pplc.FirstOrDefault(p => p.Keys().Contains(capitalKey))
                ?? (capitalKey.Length > 0 ? inside.Where(p => p.Keys().Contains(capitalKey)).OrderByDescending(p => p.Population).FirstOrDefault() : null)
                ?? pplc.OrderByDescending(p => p.Population).FirstOrDefault();
}

// Countries whose names carry an Arabic article that writers often drop ("al-Qamishli" / "Qamishli").
var arabic = new HashSet<string> { "SY", "IQ", "LB", "JO", "PS", "IL", "EG", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "LY", "TN", "DZ", "MA", "MR", "SD", "SO", "DJ", "EH", "TD" };

var index = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
void AddName(string name, int id, bool stripArticle)
{
    var key = NameFolding.Fold(name);
    if (key.Length < 2) return;
    Add(key, id);
    if (stripArticle && NameFolding.WithoutArticle(key) is { } bare) Add(bare, id);
}
void Add(string key, int id)
{
    if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
    ids.Add(id);
}
foreach (var p in places)
{
    var strip = arabic.Contains(p.Country);
    AddName(p.Name, p.Id, strip);
    AddName(p.AsciiName, p.Id, strip);
    foreach (var alt in p.Alternates) AddName(alt, p.Id, strip);
    if (WithoutQualifier(p.Name) is { } bare) AddName(bare, p.Id, strip);
}
foreach (var a in admin1.Values)
{
    if (a.Seat is null) continue;
    foreach (var name in new[] { a.Name, a.AsciiName })
    {
        AddName(name, a.Id, true);
        var shortName = Admin1Suffixes.Strip(name);
        if (shortName != name) AddName(shortName, a.Id, true);
    }
}
foreach (var c in countries.Values)
{
    if (c.Capital is null) continue;
    AddName(c.Name, c.Id, false);
}

var keep = places.Where(p => p.Alternates.Count >= 0).ToList();
WriteGzip(Path.Combine(output, "places.tsv.gz"), w =>
{
    w.WriteLine("# geonameid\tname\tlatitude\tlongitude\tcountry\tadmin1\tfeature\tpopulation (GeoNames, CC BY 4.0)");
    foreach (var p in keep)
        w.WriteLine($"{p.Id}\t{p.Name}\t{p.Latitude}\t{p.Longitude}\t{p.Country}\t{p.Admin1}\t{p.FeatureCode}\t{p.Population}");
});
WriteGzip(Path.Combine(output, "names.tsv.gz"), w =>
{
    w.WriteLine("# folded name\tgeoname ids (places, admin1 divisions, countries)");
    foreach (var (key, ids) in index.OrderBy(e => e.Key, StringComparer.Ordinal))
        w.WriteLine(key + "\t" + string.Join(',', ids));
});
using (var w = new StreamWriter(Path.Combine(output, "admin1.tsv"), false, new UTF8Encoding(false)))
{
    w.WriteLine("# country\tadmin1 code\tname\tgeonameid\tlatitude\tlongitude\tpopulation\tseat geonameid (GeoNames, CC BY 4.0)");
    foreach (var a in admin1.Values.Where(a => a.Seat is not null).OrderBy(a => a.Key, StringComparer.Ordinal))
        w.WriteLine($"{a.Country}\t{a.Code}\t{a.Name}\t{a.Id}\t{a.Seat!.Latitude}\t{a.Seat.Longitude}\t{a.Population}\t{a.Seat.Id}");
}
using (var w = new StreamWriter(Path.Combine(output, "countries.tsv"), false, new UTF8Encoding(false)))
{
    w.WriteLine("# iso2\tname\tgeonameid\tlatitude\tlongitude\tpopulation\tcapital geonameid (GeoNames, CC BY 4.0)");
    foreach (var c in countries.Values.Where(c => c.Capital is not null).OrderBy(c => c.Iso2, StringComparer.Ordinal))
        w.WriteLine($"{c.Iso2}\t{c.Name}\t{c.Id}\t{c.Capital!.Latitude}\t{c.Capital.Longitude}\t{c.Population}\t{c.Capital.Id}");
}
// Only what a division adds to the names of places: one named like its seat ("Bradford", seat Bradford) is read as the
// seat already. The seat gives the country, the first-level division and the coordinates; the population (the sum of
// its places') is rounded to two significant figures, which is all a choice among namesakes needs.
WriteGzip(Path.Combine(output, "admin2.tsv.gz"), w =>
{
    w.WriteLine("# name\tgeonameid\tseat geonameid\tpopulation (GeoNames, CC BY 4.0)");
    foreach (var a in admin2.Where(a => a.Seat is not null && NameFolding.Fold(a.AsciiName) != NameFolding.Fold(a.Seat.Name)).OrderBy(a => a.Key, StringComparer.Ordinal))
        w.WriteLine($"{a.AsciiName}\t{a.Id}\t{a.Seat!.Id}\t{TwoFigures(a.Population)}");
});
Console.WriteLine($"{index.Count} names");
return 0;

static long TwoFigures(long n)
{
    if (n < 100) return n;
    var unit = (long)Math.Pow(10, Math.Floor(Math.Log10(n)) - 1);
    return (long)Math.Round((double)n / unit, MidpointRounding.AwayFromZero) * unit;
}

static void WriteGzip(string path, Action<StreamWriter> write)
{
    using var file = File.Create(path);
    using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
    using var w = new StreamWriter(gzip, new UTF8Encoding(false));
    write(w);
}

static Dictionary<string, CountryRow> ReadCountries(string path)
{
    var result = new Dictionary<string, CountryRow>();
    foreach (var line in File.ReadLines(path))
    {
        if (line.StartsWith('#') || line.Length == 0) continue;
        var f = line.Split('\t');
        result[f[0]] = new CountryRow(f[0], f[4], f[5], long.Parse(f[7], CultureInfo.InvariantCulture), int.Parse(f[16], CultureInfo.InvariantCulture));
    }
    return result;
}

static Dictionary<string, Admin1Row> ReadAdmin1(string path)
{
    var result = new Dictionary<string, Admin1Row>();
    foreach (var line in File.ReadLines(path))
    {
        var f = line.Split('\t');
        if (f.Length < 4) continue;
        var dot = f[0].IndexOf('.');
        result[f[0]] = new Admin1Row(f[0], f[0][..dot], f[0][(dot + 1)..], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture));
    }
    return result;
}

static List<Admin2Row> ReadAdmin2(string path)
{
    var result = new List<Admin2Row>();
    foreach (var line in File.ReadLines(path))
    {
        var f = line.Split('\t');
        if (f.Length < 4) continue;
        var parts = f[0].Split('.');
        if (parts.Length != 3) continue;
        result.Add(new Admin2Row(f[0], parts[0], parts[1], parts[2], f[2], int.Parse(f[3], CultureInfo.InvariantCulture)));
    }
    return result;
}

static List<CityRow> ReadCities(string path)
{
    var result = new List<CityRow>();
    foreach (var line in File.ReadLines(path))
    {
        var f = line.Split('\t');
        if (f.Length < 19) throw new InvalidDataException($"{path}: expected 19 columns: {line[..Math.Min(60, line.Length)]}");
        var code = f[7];
        if (code is "PPLH" or "PPLQ" or "") continue; // historical or abandoned
        var alternates = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { f[1], f[2] };
        foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (UsefulAlternate(alt) && seen.Add(alt)) alternates.Add(alt);
        result.Add(new CityRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], alternates, f[4], f[5], code, f[8], f[10], f[11],
            long.TryParse(f[14], CultureInfo.InvariantCulture, out var pop) ? pop : 0));
    }
    return result;
}

// A GeoNames name with a qualifier in brackets after it, as news never writes it: "Figuig (Centre)" is also "Figuig";
// null when the name has no such qualifier (or is a pair of names "A / B (c)").
static string? WithoutQualifier(string name)
{
    var open = name.IndexOf(" (", StringComparison.Ordinal);
    return open >= 3 && name.EndsWith(')') && !name.Contains('/') ? name[..open] : null;
}

// Latin script, 3..40 characters, starting with a capital (or an Arabic article before one), no digits, no codes (DAM, QHS).
static bool UsefulAlternate(string alt)
{
    if (alt.Length is < 3 or > 40) return false;
    foreach (var c in alt)
    {
        if (char.IsDigit(c)) return false;
        if (char.IsLetter(c) && c > '\u024F' && c is < '\u1E00' or > '\u1EFF') return false;
    }
    var first = alt[0];
    if (!char.IsUpper(first))
    {
        var dash = alt.IndexOfAny(['-', ' ']);
        if (dash is < 2 or > 3 || dash + 1 >= alt.Length || !char.IsUpper(alt[dash + 1])) return false;
    }
    if (alt.Length <= 5 && alt.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
    return true;
}

sealed record CountryRow(string Iso2, string Name, string CapitalName, long Population, int Id)
{
    public CityRow? Capital { get; set; }
}

sealed record Admin1Row(string Key, string Country, string Code, string Name, string AsciiName, int Id)
{
    public CityRow? Seat { get; set; }
    public long Population { get; set; }
}

sealed record Admin2Row(string Key, string Country, string Admin1, string Code, string AsciiName, int Id)
{
    public CityRow? Seat { get; set; }
    public long Population { get; set; }
}

sealed record CityRow(int Id, string Name, string AsciiName, List<string> Alternates, string Latitude, string Longitude,
    string FeatureCode, string Country, string Admin1, string Admin2, long Population)
{
    public IEnumerable<string> Keys() => new[] { Name, AsciiName }.Concat(Alternates).Select(NameFolding.Fold);
}

static class Admin1Suffixes
{
    private static readonly string[] Prefixes = ["Muhafazat ", "Muḩāfaz̧at ", "Provincia de ", "Provincia del ", "Departamento de ", "Departamento del ", "Estado de ", "Wilayat ", "Province of ", "State of "];
    private static readonly string[] Suffixes = [" Governorate", " Province", " Region", " Oblast", " State", " Department", " Prefecture", " District", " Territory"];

    public static string Strip(string name)
    {
        foreach (var p in Prefixes) if (name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return name[p.Length..];
        foreach (var s in Suffixes) if (name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) return name[..^s.Length];
        return name;
    }
}
