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
}
