using Sitrep.Annotation;
using Sitrep.Gazetteer;
using Sitrep.Model;

namespace Sitrep.Tests.Gazetteer;

/// <summary>Counties and districts (admin2.tsv.gz): "Town, County", a bare county's name, a county's name as evidence of the country.</summary>
public class CountyTests
{
    private static readonly PlaceRecognizer R = PlaceRecognizer.Default;

    private static PlaceMention? Find(string text, string surface) => R.Recognize(text).SingleOrDefault(m => m.Surface == surface);

    [Fact]
    public void Counties_are_read_by_name_with_their_seat()
    {
        var devon = Sitrep.Gazetteer.Gazetteer.LoadDefault().Counties("devon");
        var english = Assert.Single(devon, p => p.CountryCode == "GB");
        Assert.Equal("ENG", english.Admin1Code);
        Assert.Equal("ADM2", english.FeatureCode);
        Assert.True(english.IsArea);
        Assert.True(english.Population > 100_000);
    }

    [Fact]
    public void A_county_named_like_its_seat_is_not_kept()
    {
        // the seat's name reads it already
        Assert.DoesNotContain(Sitrep.Gazetteer.Gazetteer.LoadDefault().Counties("bradford"), p => p.CountryCode == "GB");
    }

    [Fact]
    public void A_county_after_a_town_is_where_the_town_lies_and_no_town_of_its_own()
    {
        const string text = "Firefighters were attacked with bricks in Barnstaple, Devon, on Friday night.";
        var town = Find(text, "Barnstaple");
        Assert.NotNull(town);
        Assert.Equal("GB", town.Place.CountryCode);
        Assert.Null(Find(text, "Devon"));
    }

    [Fact]
    public void A_county_after_a_town_picks_the_town_of_that_name_in_the_county()
    {
        var town = Find("A shop was set alight in Newport, Shropshire, early on Tuesday.", "Newport");
        Assert.NotNull(town);
        Assert.Equal("ENG", town.Place.Admin1Code);
        Assert.True(town.Place.Latitude > 52.5, $"Newport at {town.Place.Latitude}, {town.Place.Longitude}");
    }

    [Fact]
    public void A_county_that_is_also_a_town_of_its_country_stays_a_town_in_a_list()
    {
        var town = Find("Raids were carried out in Leeds, Bradford and Halifax on Wednesday.", "Bradford");
        Assert.NotNull(town);
        Assert.Equal("GB", town.Place.CountryCode);
        Assert.Equal(PlaceKind.City, town.Place.Kind);
        Assert.False(town.Place.IsArea);
    }

    [Fact]
    public void A_bare_county_name_is_the_county_not_a_far_small_town()
    {
        var county = Find("Two hikers were found shot on a moor in Devon, detectives said.", "Devon");
        Assert.NotNull(county);
        Assert.Equal("GB", county.Place.CountryCode);
        Assert.True(county.Place.IsArea);
    }

    [Fact]
    public void A_bare_county_name_stays_a_town_when_the_text_is_about_the_towns_country()
    {
        // the text's other names are all of the United States: Devon is the Pennsylvania town
        var town = Find("A man was shot in Devon, near Philadelphia, on Friday, Pennsylvania state police said.", "Devon");
        Assert.NotNull(town);
        Assert.Equal("US", town.Place.CountryCode);
    }

    [Fact]
    public void A_county_named_elsewhere_in_the_text_places_a_town_of_two_countries()
    {
        const string text = "Two men were hurt in a fight at Ludlow's market on Saturday. Police in Shropshire appealed for witnesses.";
        var town = Find(text, "Ludlow");
        Assert.NotNull(town);
        Assert.Equal("GB", town.Place.CountryCode);
        // the county's name is evidence, no place of its own
        Assert.Null(Find(text, "Shropshire"));
    }

    // "Town, Province" where the province (admin2) is named like a city of another first-level division of the country:
    // the province says which of the town's namesakes it is, and is no place of its own (not the city elsewhere)
    [Theory]
    [InlineData("Two forest guards were shot dead at a checkpoint in Rajgarh, Sirmaur, on Tuesday, police said.", "Rajgarh", "IN", "11")]
    [InlineData("RAJGARH, SIRMAUR: Unidentified men set fire to a bus depot here late on Sunday, officials said.", "RAJGARH", "IN", "11")]
    [InlineData("The grocer was abducted from his shop in Rajgarh, Sirmaur district, and found dead a day later, his family said.", "Rajgarh", "IN", "11")]
    [InlineData("A village chief was shot dead by motorcycle-riding gunmen in President Roxas, Cotabato, the town police said on Monday.", "President Roxas", "PH", "12")]
    [InlineData("Soldiers said a roadside bomb wounded two farmers on a dirt road outside President Roxas, Cotabato, before dawn.", "President Roxas", "PH", "12")]
    public void A_province_after_a_town_named_like_a_city_elsewhere_places_the_town(string text, string surface, string country, string admin1)
    {
        var mentions = R.Recognize(text);
        var town = mentions.SingleOrDefault(m => m.Surface == surface);
        Assert.NotNull(town);
        Assert.Equal(country, town.Place.CountryCode);
        Assert.Equal(admin1, town.Place.Admin1Code);
        // the province is read with the town: no mention of the city of its name in another division
        Assert.DoesNotContain(mentions, m => m.Start > town.Start && m.Place.Kind == PlaceKind.City && !m.Place.IsArea && m.Place.Admin1Code != admin1);
    }

    // "the province of X" / "X province", a second-level province named like a city of another division: the province,
    // and so is the bare name elsewhere in the text; it places the text's ambiguous towns in its division
    [Theory]
    [InlineData("Gunmen killed a councilman in the town of President Roxas in Cotabato province on Sunday, the provincial police said.")]
    [InlineData("The Cotabato provincial board condemned the killing. A councilman was shot dead in President Roxas, a farming town of the province of Cotabato, on Sunday.")]
    [InlineData("Police in North Cotabato said a councilman was gunned down in President Roxas on Sunday. The town lies in the eastern part of Cotabato province.")]
    public void The_province_of_a_name_is_the_second_level_province_not_the_city(string text)
    {
        var mentions = R.Recognize(text);
        var town = mentions.First(m => m.Surface == "President Roxas");
        Assert.Equal("12", town.Place.Admin1Code);
        Assert.All(mentions.Where(m => m.Surface == "Cotabato"), m => Assert.True(m.Place.IsArea, $"{m.Surface} read as {m.Place.Name} ({m.Place.Admin1Name})"));
    }

    // the same in a country whose provinces (admin2) are named apart from their seats: "Figuig province" is the province
    // (seat Bouarfa), not Figuig town at its far end
    [Fact]
    public void The_province_of_a_name_is_the_province_not_the_town_of_that_name()
    {
        var mentions = R.Recognize("Two shepherds were wounded by a landmine on Friday about 40 km east of Bouarfa, in Figuig province, local authorities said.");
        var province = mentions.Single(m => m.Surface == "Figuig");
        Assert.True(province.Place.IsArea, $"read as {province.Place.Name} ({province.Place.FeatureCode})");
        Assert.Equal("MA", province.Place.CountryCode);
    }
}
