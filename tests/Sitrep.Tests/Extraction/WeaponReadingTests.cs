using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Which weapons an attack used: a vehicle that a grenade hit or a place named after buses is no vehicle bomb, the
/// artillery a word for shelling assumes gives way to the mortar named, a weapon named as the instrument of the attack's
/// act counts, and a headline of two attacks gives each the weapon written nearest its town. Our own wording.
/// </summary>
public class WeaponReadingTests
{
    /// <summary>title ("-": none, the text opens with its headline), text → the reports as "place:weapons" (comma-separated, "-" for none), "; "-separated.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "Grenade wounds nine at Kassala bus stand", "KASSALA, Sudan (Wire) - A grenade exploded among passengers waiting for buses at the main bus stand in Kassala on Monday, wounding nine people, police said.", "Kassala:grenade" },
        { "Car bomb kills four in Kassala", "KASSALA, Sudan (Wire) - A car packed with explosives exploded outside a police station in Kassala on Monday, killing four officers, police said.", "Kassala:vehicle_bomb" },
        { "Mortar rounds kill five at Kassala market", "KASSALA, Sudan (Wire) - Mortar rounds slammed into a market in Kassala on Sunday, killing five people, officials said.\n\nResidents said the shelling lasted an hour.", "Kassala:mortar" },
        { "Artillery and mortars pound Kassala", "KASSALA, Sudan (Wire) - Artillery fire and mortar rounds hit a market in Kassala on Sunday, killing five people, officials said.\n\nResidents said the shelling lasted an hour.", "Kassala:artillery,mortar" },
        { "Seven killed in raid near Kassala", "KASSALA, Sudan (Wire) - Raiders entered a village near Kassala on Monday night and attacked residents with machetes.\n\nSeven people were killed, officials said.", "Kassala:knife" },
        // the act's object may run several words before the "with" of its instrument
        { "Four killed in farmhouse near Kassala", "KASSALA, Sudan (Wire) - On Monday night armed individuals entered a farmhouse near Kassala and attacked the people who were inside with firearms and knives.\n\nFour people were killed, officials said.", "Kassala:firearm,knife" },
        // a car bomb told as a device set under the car is an ied meant for its occupant, as a sticky bomb is
        { "Car bomb kills judge in Kassala", "KASSALA, Sudan (Wire) - A judge was killed in Kassala on Monday when a bomb hidden beneath his jeep exploded as he drove to court, police said.\n\nThe car bomb also wounded a passer-by.", "Kassala:ied" },
        { "Car bomb kills four in Kassala market", "KASSALA, Sudan (Wire) - A car bomb exploded in a crowded market in Kassala on Monday, killing four people, police said.", "Kassala:vehicle_bomb" },
        { "Man shot dead by police in Kassala", "KASSALA, Sudan (Wire) - A man was shot dead by police in Kassala on Monday, police said.\n\nOfficers said he had threatened them with a knife outside a shop.", "Kassala:firearm" },
        // bombs dropped by a warplane are the air strike's: aircraft, no bare explosive besides
        { "Jet bombs Kassala market", "KASSALA, Sudan (Wire) - A military jet dropped two bombs on a market in Kassala on Sunday, killing eleven people, residents said.", "Kassala:aircraft" },
        { "-", "At least nine people were killed when a military aircraft bombed a village school near Kassala on Monday, officials said.", "Kassala:aircraft" },
        // two attacks in one sentence: each takes the weapon written nearest its town
        { "-", "Grenade attack in Kassala wounds nine; trader shot dead in Gedaref\n\nA grenade attack in Kassala wounded nine people on Monday, and gunmen shot dead a trader in Gedaref hours later, police said.", "Kassala:grenade; Al Qadarif:firearm" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_weapons_the_attack_used(string title, string text, string expected)
    {
        var article = title == "-" ? new Article("weapons", text, Published: new DateOnly(2024, 3, 5))
            : new Article("weapons", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 5));
        var reports = ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
        Assert.Equal(expected, string.Join("; ", reports.Select(r => $"{r.Place?.Name}:{(r.Weapons.Count == 0 ? "-" : string.Join(",", r.Weapons))}")));
    }
}
