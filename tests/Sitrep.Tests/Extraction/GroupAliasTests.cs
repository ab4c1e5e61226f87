using Sitrep.Extraction;
using Sitrep.Lexicons;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// The other names an article gives a group in brackets beside one of its names (its name in another language, its
/// abbreviation, or the name the bracket holding it follows), and no bracket that is an aside. Sentences in our words.
/// </summary>
public class GroupAliasTests
{
    private static readonly GroupAliases Aliases = new(FunctionWords.Default);

    [Theory]
    [InlineData("Police said the Orchard Front (Front du Verger in French) had sent the letter.", "Orchard Front", "Front du Verger")]
    [InlineData("A text signed by the Front du Verger (Orchard Front in English) was found.", "Orchard Front", "Front du Verger")]
    [InlineData("The Front du Verger (Orchard Front in English) was named by the minister.", "Front du Verger", "Orchard Front")]
    [InlineData("Orchard Front (Front du Verger in French) said it placed the device.", "Front du Verger", "Orchard Front")]
    [InlineData("The army blamed the People's Shield Army (PSA) for the raid.", "People's Shield Army", "PSA")]
    [InlineData("Fighters of the Hill Guard (also Garde des Collines) fired first.", "Hill Guard", "Garde des Collines")]
    public void A_bracket_beside_a_group_name_gives_its_other_name(string text, string name, string alias)
    {
        Assert.Equal([alias], Aliases.Of(text, name));
    }

    [Theory]
    [InlineData("A leaflet of the Orchard Front (pictured) was left at the gate.")]
    [InlineData("The Orchard Front (2019) was banned last year.")]
    [InlineData("The Orchard Front (which denies any role) has not spoken since.")]
    [InlineData("The Orchard Front (see the map on page 4, where its camps are shown with a red dot and its roads with a blue line) was banned.")]
    [InlineData("Members of the Orchard Front were arrested. (Reporting by a staff writer, edited by another.)")]
    public void A_bracket_that_is_an_aside_gives_no_name(string text)
    {
        Assert.Empty(Aliases.Of(text, "Orchard Front"));
    }

    [Fact]
    public void A_name_inside_a_longer_word_is_no_mention()
    {
        Assert.Empty(Aliases.Of("The Orchard Frontier (Frontière du Verger in French) is a road.", "Orchard Front"));
    }
}
