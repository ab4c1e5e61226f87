using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// The place an incident is given when its reports name several towns as often: towns far apart (reports linked by
/// the names their articles share, anywhere in one province) give the smaller, the scene rather than the town the
/// wounded were taken to; towns near each other give the bigger, a city standing for its suburbs.
/// </summary>
public sealed class PlaceChoiceTests
{
    private static readonly IncidentBuilder Builder = new(CasualtyReconciler.Default, _ => null);

    [Fact]
    public void Of_towns_far_apart_the_smaller_is_the_scene()
    {
        // Baniyas (41,000) and Tartus (115,769) are 33 km apart in one province
        var village = Report("a", place: Baniyas);
        var hospitalTown = Report("b", place: Tartus);
        Assert.True(IncidentBuilder.TownsApart([Baniyas, Tartus]));
        Assert.Equal("Baniyas", Builder.Build([village, hospitalTown], null).Location);
        Assert.Equal("Baniyas", Builder.Build([hospitalTown, village], null).Location);
        // a town named by more reports still wins
        Assert.Equal("Tartus", Builder.Build([village, hospitalTown, Report("c", place: Tartus)], null).Location);
    }

    [Fact]
    public void Of_towns_near_each_other_the_bigger_stands_for_both()
    {
        var suburb = new Place(-9101, "Suburbia", 34.95, 35.90, "SY", "14", "Tartus", PlaceKind.City, 20_000);
        Assert.False(IncidentBuilder.TownsApart([suburb, Tartus]));
        Assert.Equal("Tartus", Builder.Build([Report("a", place: suburb), Report("b", place: Tartus)], null).Location);
    }
}
