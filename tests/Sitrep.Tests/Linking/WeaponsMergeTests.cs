using Sitrep.Linking;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>Weapons merged across reports: a bare "explosive" goes when another outlet names the device.</summary>
public sealed class WeaponsMergeTests
{
    [Fact]
    public void A_named_device_replaces_another_reports_bare_explosive()
    {
        var merged = IncidentBuilder.Weapons([
            Report("a") with { Weapons = ["explosive"] },
            Report("b") with { Weapons = ["ied", "firearm"] }]);
        Assert.Equal(["firearm", "ied"], merged);
    }

    [Fact]
    public void A_bare_explosive_alone_stays()
    {
        var merged = IncidentBuilder.Weapons([
            Report("a") with { Weapons = ["explosive"] },
            Report("b") with { Weapons = ["firearm"] }]);
        Assert.Equal(["explosive", "firearm"], merged);
    }
}
