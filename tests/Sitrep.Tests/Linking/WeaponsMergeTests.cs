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

    /// <summary>A suicide attack's bare explosive is the charge its bombers wore; a vehicle bomb stays what it is.</summary>
    [Theory]
    [InlineData("explosive", true, "suicide_vest")]
    [InlineData("explosive", null, "explosive")]
    [InlineData("explosive,firearm", true, "firearm,suicide_vest")]
    [InlineData("vehicle_bomb", true, "vehicle_bomb")]
    public void A_suicide_attacks_bare_explosive_is_a_vest(string weapons, bool? suicide, string expected)
    {
        var merged = IncidentBuilder.Weapons([Report("a") with { Weapons = weapons.Split(',').ToList(), Suicide = suicide }]);
        Assert.Equal(expected, string.Join(",", merged));
    }

    /// <summary>A fire beside a weapon that goes off with a blast is what the blast set alight; beside shots or knives it is arson.</summary>
    [Theory]
    [InlineData("vehicle_bomb|fire", "vehicle_bomb")]
    [InlineData("explosive,fire", "explosive")]
    [InlineData("mortar|fire", "mortar")]
    [InlineData("drone,fire", "drone")]
    [InlineData("firearm|fire", "fire,firearm")]
    [InlineData("fire,knife", "fire,knife")]
    public void A_fire_beside_a_blast_is_the_blasts_doing(string reports, string expected)
    {
        var merged = IncidentBuilder.Weapons(reports.Split('|').Select((w, i) => Report($"r{i}") with { Weapons = w.Split(',').ToList() }));
        Assert.Equal(expected, string.Join(",", merged));
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

    /// <summary>
    /// The incident's type as all its reports' weapons tell it: shots and a thrown charge are an armed assault (or the
    /// kidnapping a report tells), though one outlet called the grenade a bombing; a device laid, driven or worn keeps the
    /// bombing another outlet tells. reports as "type:weapons" ("|"-separated), the vote's type → the incident's type.
    /// </summary>
    [Theory]
    [InlineData("bombing:grenade|armed_assault:firearm", "bombing", "armed_assault")]
    [InlineData("bombing:explosive,firearm", "bombing", "armed_assault")]
    [InlineData("bombing:grenade,firearm|kidnapping:firearm", "bombing", "kidnapping")]
    [InlineData("bombing:grenade", "bombing", "bombing")]
    [InlineData("bombing:ied|armed_assault:explosive,firearm", "armed_assault", "bombing")]
    [InlineData("bombing:ied,firearm", "bombing", "bombing")]
    [InlineData("armed_assault:firearm,grenade", "armed_assault", "armed_assault")]
    // drones and no charge of their own named in any report: an air strike, though their blasts read as a bombing
    [InlineData("bombing:drone", "bombing", "air_strike")]
    [InlineData("bombing:drone|air_strike:drone", "bombing", "air_strike")]
    [InlineData("bombing:drone,explosive", "bombing", "bombing")]
    [InlineData("bombing:drone|bombing:ied", "bombing", "bombing")]
    public void Shots_and_a_thrown_charge_are_an_assault_a_laid_device_a_bombing(string reports, string voted, string expected)
    {
        var voters = reports.Split('|').Select((r, i) => Report($"r{i}", type: r.Split(':')[0]) with { Weapons = r.Split(':')[1].Split(',').ToList() }).ToList();
        Assert.Equal(expected, IncidentBuilder.ByWeapons(voted, voters, IncidentBuilder.Weapons(voters, voted)));
    }
}
