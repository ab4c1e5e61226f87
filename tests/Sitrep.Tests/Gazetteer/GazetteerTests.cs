using Sitrep.Model;
using GazetteerData = Sitrep.Gazetteer.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

public class GazetteerTests
{
    private static readonly GazetteerData G = GazetteerData.LoadDefault();

    [Theory]
    [InlineData("Tartus", "SY", "14")]
    [InlineData("Tartous", "SY", "14")]
    [InlineData("Hassakah", "SY", "01")]
    [InlineData("Al-Hasakah", "SY", "01")]
    [InlineData("Hasakah", "SY", "01")]
    [InlineData("Jableh", "SY", "02")]
    [InlineData("Jablah", "SY", "02")]
    [InlineData("Qamishli", "SY", "01")]
    [InlineData("Al-Qamishli", "SY", "01")]
    [InlineData("al Qamishli", "SY", "01")]
    [InlineData("Deir ez-Zor", "SY", "07")]
    [InlineData("Deir al-Zour", "SY", "07")]
    [InlineData("DEIR EZ ZOR", "SY", "07")]
    [InlineData("Damascus", "SY", "13")]
    [InlineData("Aurora", "US", "CO")]
    [InlineData("São Paulo", "BR", "27")]
    [InlineData("Sao Paulo", "BR", "27")]
    // a GeoNames name with a bracketed qualifier ("Unterach (Attersee)") is found as news writes it, without it
    [InlineData("Unterach", "AT", "04")]
    [InlineData("Unterach (Attersee)", "AT", "04")]
    [InlineData("Sankt Josef", "AT", "06")]
    public void Lookup_finds_spelling_variants(string name, string country, string admin1)
    {
        var found = G.Lookup(name);
        Assert.Contains(found, p => p.CountryCode == country && p.Admin1Code == admin1 && p.Kind != PlaceKind.Country);
    }

    [Theory]
    [InlineData("Syria", "SY")]
    [InlineData("United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("Ivory Coast", "CI")]
    public void Lookup_finds_countries_and_aliases(string name, string iso2)
    {
        Assert.Contains(G.Lookup(name), p => p.Kind == PlaceKind.Country && p.CountryCode == iso2);
    }

    [Theory]
    [InlineData("Tartus", "SY", "14")]
    [InlineData("Rural Damascus", "SY", "08")]
    [InlineData("California", "US", "CA")]
    [InlineData("Nineveh", "IQ", "15")]
    public void Lookup_finds_divisions(string name, string iso2, string code)
    {
        Assert.Contains(G.Lookup(name), p => p.Kind == PlaceKind.Admin1 && p.CountryCode == iso2 && p.Admin1Code == code);
    }

    [Fact]
    public void Lookup_of_an_unknown_name_is_empty() => Assert.Empty(G.Lookup("Qwxzzy"));

    [Theory]
    [InlineData("SY", "Syria", "Damascus")]
    [InlineData("sy", "Syria", "Damascus")]
    [InlineData("IQ", "Iraq", "Baghdad")]
    [InlineData("US", "United States", "Washington")]
    [InlineData("FR", "France", "Paris")]
    public void Country_capital_and_name(string iso2, string name, string capital)
    {
        var country = G.Country(iso2);
        Assert.NotNull(country);
        Assert.Equal(PlaceKind.Country, country.Kind);
        Assert.Equal(name, G.CountryName(iso2));
        var city = G.Capital(iso2);
        Assert.NotNull(city);
        Assert.Equal(capital, city.Name);
        Assert.Equal(city.Latitude, country.Latitude);
        Assert.Equal(city.Longitude, country.Longitude);
    }

    [Fact]
    public void Admin1_has_the_coordinates_of_its_seat()
    {
        var tartus = G.Admin1("SY", "14");
        Assert.NotNull(tartus);
        Assert.Equal(PlaceKind.Admin1, tartus.Kind);
        Assert.Equal("Tartus", tartus.Name);
        var city = G.Lookup("Tartus").Single(p => p.Kind == PlaceKind.City && p.CountryCode == "SY");
        Assert.True(tartus.KilometresTo(city) < 1);
        Assert.Equal("Tartus", city.Admin1Name);
    }

    [Fact]
    public void Unknown_codes_give_null()
    {
        Assert.Null(G.Country("QQ"));
        Assert.Null(G.Capital("QQ"));
        Assert.Null(G.Admin1("SY", "99"));
        Assert.Null(G.CountryName("QQ"));
    }

    [Fact]
    public void Load_is_cached() => Assert.Same(G, GazetteerData.LoadDefault());

    [Fact]
    public void Load_of_a_folder_without_data_names_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-no-gazetteer-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<FileNotFoundException>(() => GazetteerData.Load(folder));
        Assert.Contains("countries.tsv", error.Message);
    }

    [Fact]
    public void Committed_data_stays_under_20_MB()
    {
        var folder = Path.Combine(TestData.RepositoryRoot, "data", "gazetteer");
        var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 20_000_000, $"data/gazetteer is {bytes} bytes");
    }
    // top-level domain | expected country (or empty for none)
    [Theory]
    [InlineData("re", "RE")]
    [InlineData("FR", "FR")]
    [InlineData("uk", "GB")]
    [InlineData("ng", "NG")]
    [InlineData("tv", "")]
    [InlineData("co", "")]
    [InlineData("com", "")]
    [InlineData("example", "")]
    [InlineData("zz", "")]
    public void A_top_level_domain_names_a_country_when_it_is_one(string domain, string expected) =>
        Assert.Equal(expected.Length == 0 ? null : expected, G.CountryOfDomain(domain));
}
