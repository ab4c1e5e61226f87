using System.Globalization;
using Sitrep.Gazetteer;
using Sitrep.Model;
using GazetteerData = Sitrep.Gazetteer.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

/// <summary>
/// Every hand-added place of data/gazetteer/extra_places.tsv is found by its name in a short sentence and resolves to
/// that entry (or to a place within 25 km of it): a new line is tested as soon as it is added. A name that is also a
/// GeoNames place's (Wilmington, Harlem) needs the rest of a text to pick the entry, so alone it need only be recognised.
/// </summary>
public class ExtraPlacesTests
{
    private static readonly PlaceRecognizer R = PlaceRecognizer.Default;

    public static IEnumerable<object[]> Lines() =>
        File.ReadLines(Path.Combine(TestData.RepositoryRoot, "data", "gazetteer", "extra_places.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new object[] { int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[3],
                double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture) });

    [Theory]
    [MemberData(nameof(Lines))]
    public void Is_found_by_its_name(int id, string name, string country, double latitude, double longitude)
    {
        var text = $"Fighting was reported in {name} on Monday.";
        var mentions = R.Recognize(text);
        var m = mentions.SingleOrDefault(m => m.Surface == name)
                ?? throw new Xunit.Sdk.XunitException($"'{name}' not recognised in: {text}\nfound: {string.Join(", ", mentions.Select(m => m.Surface))}");
        if (m.Place.GeonameId == id) return;
        var km = Geo.Kilometres(latitude, longitude, m.Place.Latitude, m.Place.Longitude);
        if (km < 25) return;
        Assert.True(GazetteerData.LoadDefault().Lookup(name).Any(p => p.GeonameId >= 0 && p.Kind == PlaceKind.City),
            $"'{name}' resolved to {m.Place.Name} ({m.Place.GeonameId}, {m.Place.CountryCode}), {km:0} km from the entry {id} ({country})");
    }
}
