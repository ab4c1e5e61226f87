using Sitrep.Linking;

namespace Sitrep.Tests.Linking;

/// <summary>The names an article shares with others: people and businesses, not titles, institutions or streets.</summary>
public sealed class NameKeysTests
{
    private static readonly NameKeys Keys = NameKeys.Default;

    [Fact]
    public void Runs_of_capitalised_words_without_titles_are_names()
    {
        var names = Keys.Of("Police Capt. Dan Holloway and Senior Trooper Peter Ashby died at the Meadowbrook Supply Ltd party on Friday.");
        Assert.Equal(["dan holloway", "meadowbrook supply ltd", "peter ashby"], names);
    }

    [Fact]
    public void Institutions_streets_single_words_and_capital_lines_give_no_names()
    {
        Assert.Empty(Keys.Of("Los Angeles County Sheriff's Department said Crime Stoppers on Main Street."));
        Assert.Empty(Keys.Of("Vancouver police arrested Kirkpatrick."));
        Assert.Empty(Keys.Of("BREAKING NEWS TWO DEAD IN SHOOTING AT BAKERY PLANT"));
        Assert.Empty(Keys.Of("http://example.com/Eric-Allen-Kirkpatrick"));
    }

    [Fact]
    public void A_page_flattened_into_one_line_gives_the_names_of_its_story_before_the_share_bar()
    {
        var story = "Detectives in the harbour town were looking for the man who left a parcel outside a pharmacy on Friday. "
                    + "Mayor Teodora Lisk said the blast was an attack, and prosecutor Anselm Varga opened an inquiry into it. ";
        Assert.Equal(["anselm varga", "teodora lisk"], Keys.Of(story + "Share Send Facebook Permalink https://example.org/p/1x2y Other Headline Here"));
        // a short line with an address is a link line: nothing
        Assert.Empty(Keys.Of("Read more: Teodora Lisk Speaks https://example.org/lisk"));
    }

    [Fact]
    public void Possessives_apostrophes_and_hyphens_stay_inside_a_name()
    {
        Assert.Equal(["nancy o'higgins", "zurana horton"], Keys.Of("Zurana Horton's family and Nancy O'Higgins spoke."));
        Assert.Equal(["abu bakr al-baghdadi"], Keys.Of("Abu Bakr al-Baghdadi"));
        Assert.Empty(Keys.Of("a well-Known shop"));
    }
}
