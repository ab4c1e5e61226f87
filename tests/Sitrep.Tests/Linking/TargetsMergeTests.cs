using Sitrep.Linking;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// Targets merged across reports: the civilians a report counts only from a toll ("the toll rose to three") give way to
/// another report of the attack that names who was hit; civilians a report names, or a toll beside public sites only, stay.
/// </summary>
public sealed class TargetsMergeTests
{
    [Fact]
    public void A_toll_gives_way_to_a_report_that_names_the_victims()
    {
        var merged = IncidentBuilder.Targets([
            Report("a") with { Targets = ["civilians"], CiviliansByHarm = true },
            Report("b") with { Targets = ["police"], NamesWhoWasHit = true }]);
        Assert.Equal(["police"], merged);
    }

    [Fact]
    public void Civilians_named_by_a_report_stay()
    {
        var merged = IncidentBuilder.Targets([
            Report("a") with { Targets = ["civilians"] },
            Report("b") with { Targets = ["civilians"], CiviliansByHarm = true },
            Report("c") with { Targets = ["government"], NamesWhoWasHit = true }]);
        Assert.Equal(["civilians", "government"], merged);
    }

    [Fact]
    public void A_toll_alone_stays_civilians()
    {
        var merged = IncidentBuilder.Targets([
            Report("a") with { Targets = ["civilians"], CiviliansByHarm = true },
            Report("b") with { Targets = ["transportation"] }]);
        Assert.Equal(["civilians", "transportation"], merged);
    }
}
