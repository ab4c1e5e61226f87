using System.Globalization;
using Sitrep.Gazetteer;
using Sitrep.Model;
using GazetteerData = Sitrep.Gazetteer.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

/// <summary>
/// Every hand-added name of data/gazetteer/aliases.tsv looks up to its target (a country, a CC.admin1 division or a
/// GeoNames id), and a division's name in a short sentence is placed in that division: a new line is tested as soon as
/// it is added.
/// </summary>
public class AliasesTests
{
    private static readonly GazetteerData G = GazetteerData.LoadDefault();
    private static readonly PlaceRecognizer R = PlaceRecognizer.Default;

    public static IEnumerable<object[]> Lines() =>
        File.ReadLines(Path.Combine(TestData.RepositoryRoot, "data", "gazetteer", "aliases.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new object[] { f[0].Trim(), f[1].Trim() });

    /// <summary>
    /// Names the recognizer does not take whole in running text: it does not join a lower-case word to a name, so
    /// "Damascus countryside" is read as Damascus.
    /// </summary>
    private static readonly HashSet<string> LookupOnly = ["Damascus countryside"];

    public static IEnumerable<object[]> DivisionLines() =>
        Lines().Where(l => ((string)l[1]).Contains('.') && !LookupOnly.Contains((string)l[0]));

    [Theory]
    [MemberData(nameof(Lines))]
    public void Looks_up_to_its_target(string name, string target)
    {
        var found = G.Lookup(name);
        Func<Place, bool> matches = int.TryParse(target, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? p => p.GeonameId == id
            : target.Contains('.')
                ? p => p.Kind == PlaceKind.Admin1 && p.CountryCode + "." + p.Admin1Code == target
                : p => p.Kind == PlaceKind.Country && p.CountryCode == target;
        Assert.True(found.Any(matches),
            $"'{name}' should look up to {target}; found: {string.Join(", ", found.Select(p => $"{p.Name} ({p.Kind}, {p.CountryCode}.{p.Admin1Code}, {p.GeonameId})"))}");
    }

    [Theory]
    [MemberData(nameof(DivisionLines))]
    public void A_division_is_placed_in_it_in_a_sentence(string name, string target)
    {
        var text = $"Fighting was reported in {name} on Monday.";
        var mentions = R.Recognize(text);
        Assert.True(mentions.Any(m => m.Place.CountryCode + "." + m.Place.Admin1Code == target),
            $"'{name}' not placed in {target} in: {text}\nfound: {string.Join(", ", mentions.Select(m => $"{m.Surface} -> {m.Place.Name} ({m.Place.CountryCode}.{m.Place.Admin1Code})"))}");
    }
}
