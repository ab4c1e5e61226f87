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

    /// <summary>No report names a weapon: the attack type implies one; a named weapon or an untyped attack adds none.</summary>
    [Theory]
    [InlineData("armed_assault", "", "firearm")]
    [InlineData("kidnapping", "", "firearm")]
    [InlineData("bombing", "", "explosive")]
    [InlineData("other", "", "")]
    [InlineData("armed_assault", "knife", "knife")]
    public void The_attack_type_implies_a_weapon_when_none_is_named(string eventType, string named, string expected)
    {
        var merged = IncidentBuilder.Weapons([Report("a") with { Weapons = named.Length == 0 ? [] : [named] }], eventType);
        Assert.Equal(expected, string.Join(",", merged));
    }
}
