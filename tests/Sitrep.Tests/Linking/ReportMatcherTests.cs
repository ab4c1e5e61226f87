using Sitrep.Model;
using Sitrep.Linking;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>When two reports from different articles are the same attack, and when they are kept apart.</summary>
public sealed class ReportMatcherTests
{
    [Fact]
    public void The_same_bombing_reported_a_day_apart_near_the_same_place_is_one_incident()
    {
        // the later day is the later article's publication day, not read from its text
        Assert.True(ReportMatcher.SameIncident(Report("a", date: "2016-05-23"), Report("b", date: "2016-05-24", published: new DateOnly(2016, 5, 24))));
        Assert.True(ReportMatcher.SameIncident(Report("a", place: Tartus), Report("b", place: TartusProvince)));
        Assert.True(ReportMatcher.SameIncident(Report("a", type: "bombing"), Report("b", type: "armed_assault")));
    }

    [Fact]
    public void Two_bombings_in_Tartus_on_different_days_are_kept_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Report("a", date: "2016-05-23"), Report("b", date: "2016-09-05")));
        Assert.False(ReportMatcher.SameIncident(Report("a", date: "2016-05-23"), Report("b", date: "2016-05-25")));
    }

    [Fact]
    public void Two_days_a_day_apart_both_read_from_the_text_are_kept_apart()
    {
        // shootings on consecutive nights in one city: each day read from its article ("Monday", "May 24")
        Assert.False(ReportMatcher.SameIncident(
            Report("a", date: "2016-05-23", published: new DateOnly(2016, 5, 25)), Report("b", date: "2016-05-24", published: new DateOnly(2016, 5, 25))));
        Assert.False(ReportMatcher.SameIncident(Report("a", date: "2016-05-23"), Report("b", date: "2016-05-24")));
        // the same day read from both texts still links
        Assert.True(ReportMatcher.SameIncident(
            Report("a", date: "2016-05-23", published: new DateOnly(2016, 5, 24)), Report("b", date: "2016-05-23", published: new DateOnly(2016, 5, 25))));
    }

    [Fact]
    public void A_day_counted_past_midnight_is_read_from_the_text_even_on_the_publication_day()
    {
        // a live blog published on the 24th: its arson past midnight is of the 24th, no shooting of the 23rd
        var arson = Report("a", date: "2016-05-24", published: new DateOnly(2016, 5, 24)) with { DayPastMidnight = true };
        Assert.False(ReportMatcher.SameIncident(arson, Report("b", date: "2016-05-23", published: new DateOnly(2016, 5, 25))));
        Assert.True(ReportMatcher.SameIncident(arson with { DayPastMidnight = false }, Report("b", date: "2016-05-23", published: new DateOnly(2016, 5, 25))));
    }

    [Fact]
    public void A_car_bomb_in_Homs_and_a_suicide_bomber_in_Hasakah_the_same_morning_are_kept_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Report("a", place: Homs, date: "2016-09-05"), Report("b", place: Hasakah, date: "2016-09-05")));
        // Jableh and Tartus are 50 km apart: two attacks of one wave, not one attack
        Assert.False(ReportMatcher.SameIncident(Report("a", place: Jableh), Report("b", place: Tartus)));
    }

    [Fact]
    public void Articles_sharing_three_names_tell_of_one_attack_anywhere_in_one_province()
    {
        // Baniyas and Tartus city are 33 km apart, both in Tartus province; Homs is in another province
        Assert.True(ReportMatcher.SameUndatedIncident(Report("a", date: null, place: Baniyas), Report("b", date: "2016-05-23", place: Tartus), sharedNames: 3));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: null, place: Baniyas), Report("b", date: "2016-05-23", place: Tartus), sharedNames: 2));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: null, place: Homs), Report("b", date: "2016-05-23", place: Tartus), sharedNames: 5));
    }

    [Fact]
    public void Reports_of_one_day_in_articles_sharing_three_names_are_one_attack_anywhere_in_one_province()
    {
        // one outlet names the village (Baniyas), another the town where the wounded were treated (Tartus, 33 km off)
        var village = Report("a", place: Baniyas, date: "2016-05-23", published: new DateOnly(2016, 5, 24));
        var hospitalTown = Report("b", place: Tartus, date: "2016-05-23", published: new DateOnly(2016, 5, 24));
        Assert.False(ReportMatcher.SameIncident(village, hospitalTown));
        Assert.True(ReportMatcher.SameUndatedIncident(village, hospitalTown, sharedNames: 3));
        Assert.True(ReportMatcher.SameUndatedIncident(hospitalTown, village, sharedNames: 3));
        // fewer names, another day or another province: apart
        Assert.False(ReportMatcher.SameUndatedIncident(village, hospitalTown, sharedNames: 2));
        Assert.False(ReportMatcher.SameUndatedIncident(village, hospitalTown with { Date = "2016-05-22" }, sharedNames: 5));
        Assert.False(ReportMatcher.SameUndatedIncident(village, hospitalTown with { Place = Homs }, sharedNames: 5));
    }

    [Fact]
    public void A_big_city_stands_for_its_suburbs_and_a_small_town_for_itself()
    {
        // made-up places on one latitude, 0.36 degrees of longitude (about 30 km) apart
        var city = new Place(-9001, "Metro City", 40.0, 20.0, "US", "MI", "Michigan", PlaceKind.City, 700_000);
        var suburb = new Place(-9002, "Suburbia", 40.0, 20.36, "US", "MI", "Michigan", PlaceKind.City, 80_000);
        var town = new Place(-9003, "Smalltown", 40.0, 20.0, "US", "MI", "Michigan", PlaceKind.City, 60_000);
        var farSuburb = new Place(-9004, "Outskirts", 40.0, 20.60, "US", "MI", "Michigan", PlaceKind.City, 20_000);
        Assert.True(ReportMatcher.SameIncident(Report("a", place: city), Report("b", place: suburb)));
        Assert.False(ReportMatcher.SameIncident(Report("a", place: town), Report("b", place: suburb)));
        Assert.False(ReportMatcher.SameIncident(Report("a", place: city), Report("b", place: farSuburb))); // 51 km
    }

    [Fact]
    public void Conflicting_types_or_perpetrators_and_reports_of_one_article_are_kept_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "bombing"), Report("b", type: "air_strike")));
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "Islamic State"), Report("b", perpetrator: "al Nusra Front")));
        Assert.False(ReportMatcher.SameIncident(Report("a", 1), Report("a", 2)));
        Assert.False(ReportMatcher.SameIncident(Report("a"), Report("b", background: true)));
        Assert.False(ReportMatcher.SameIncident(Report("a", date: null), Report("b", date: null)));
    }

    [Fact]
    public void A_group_and_its_province_affiliate_are_one_perpetrator()
    {
        // one outlet names the group, another the branch the group presents as its province
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "Islamic State"), Report("b", perpetrator: "Islamic State Sahel Province")));
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "al Qaeda in the Islamic Maghreb"), Report("b", perpetrator: "al Qaeda")));
        // a name that merely begins like another is no branch of it
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "Islamic State"), Report("b", perpetrator: "Islamic Statehood Front")));
    }

    [Fact]
    public void A_wing_named_after_its_movement_with_a_hyphen_is_one_perpetrator()
    {
        // one outlet names the armed wing ("Front-armé"), another the movement it belongs to
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "FPLV-armé"), Report("b", perpetrator: "FPLV")));
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "FPLVX"), Report("b", perpetrator: "FPLV")));
    }

    [Fact]
    public void A_description_of_the_attackers_with_and_without_a_qualifier_is_one_perpetrator()
    {
        // one outlet says "armed cattle raiders", another "cattle raiders": the same attackers
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "armed cattle raiders"), Report("b", perpetrator: "cattle raiders")));
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "raiders"), Report("b", perpetrator: "suspected raiders")));
        // a description is not a name: a word before a group's name makes another group, and other attackers stay apart
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "armed cattle raiders"), Report("b", perpetrator: "bandits")));
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "New Orchard Front"), Report("b", perpetrator: "Orchard Front")));
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "cattle raiders"), Report("b", perpetrator: "tle raiders")));
    }

    [Fact]
    public void A_group_named_in_two_languages_is_one_perpetrator_when_an_article_gives_both_names()
    {
        // one outlet writes the group's French name; another writes its English one with the French in brackets
        var french = Report("a", perpetrator: "Front du Verger", responsibility: "claimed");
        var english = Report("b", perpetrator: "Orchard Front", responsibility: "claimed");
        Assert.False(ReportMatcher.SameIncident(french, english));
        Assert.True(ReportMatcher.SameIncident(french, english with { PerpetratorAliases = ["Front du Verger"] }));
        Assert.True(ReportMatcher.SameIncident(french with { PerpetratorAliases = ["Orchard Front"] }, english));
        // a bracket naming a third group links neither
        Assert.False(ReportMatcher.SameIncident(french, english with { PerpetratorAliases = ["Hill Guard"] }));
    }

    [Fact]
    public void A_local_group_and_the_branch_it_fights_as_are_one_perpetrator()
    {
        // the army blames the local group, the claim comes in the name of the branch it pledged itself to (actor_branches.tsv)
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "Allied Democratic Forces"), Report("b", perpetrator: "Islamic State")));
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "Islamic State Central Africa Province"), Report("b", perpetrator: "Allied Democratic Forces")));
        Assert.True(ReportMatcher.SameIncident(Report("a", perpetrator: "al Shabaab"), Report("b", perpetrator: "al Qaeda")));
        // a branch of another group is still another group
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "Allied Democratic Forces"), Report("b", perpetrator: "al Qaeda")));
        Assert.False(ReportMatcher.SameIncident(Report("a", perpetrator: "Allied Democratic Forces"), Report("b", perpetrator: "Islamic State West Africa Province")));
    }

    [Fact]
    public void Every_branch_names_two_actors_of_the_catalogue()
    {
        var actors = File.ReadLines(Sitrep.DataFiles.PathOf("lexicons", "actors.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t')[0]).ToHashSet();
        foreach (var (group, branch) in Sitrep.Lexicons.LexiconSet.Default.FightsAs)
        {
            Assert.Contains(group, actors);
            Assert.Contains(branch, actors);
        }
        Assert.NotEmpty(Sitrep.Lexicons.LexiconSet.Default.FightsAs);
    }

    [Fact]
    public void Reports_without_a_day_are_linked_only_with_shared_names_and_agreeing_dates()
    {
        Assert.True(ReportMatcher.SameUndatedIncident(Report("a", date: null), Report("b", date: "2016-05-23"), sharedNames: 2));
        Assert.True(ReportMatcher.SameUndatedIncident(Report("a", date: "2016-05"), Report("b", date: "2016-05-23"), sharedNames: 3));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: null), Report("b", date: null), sharedNames: 1));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: "1967"), Report("b", date: "2010-09-10"), sharedNames: 5));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: null, place: Homs), Report("b", date: null), sharedNames: 5));
        // two days: the day rule decides, names do not join different days
        Assert.False(ReportMatcher.SameUndatedIncident(Report("a", date: "2016-05-23"), Report("b", date: "2016-09-05"), sharedNames: 5));
    }

    [Fact]
    public void A_day_that_is_only_the_publication_day_joins_an_earlier_attack_of_the_same_names()
    {
        // a later article (an arrest, a funeral) dated only by its publication: the attack was on or before that day
        var attack = Report("a", date: "2016-05-23", published: new DateOnly(2016, 5, 23));
        var later = Report("b", date: "2016-05-30", published: new DateOnly(2016, 5, 30));
        Assert.True(ReportMatcher.SameUndatedIncident(attack, later, sharedNames: 2));
        Assert.True(ReportMatcher.SameUndatedIncident(later, attack, sharedNames: 2));
        Assert.False(ReportMatcher.SameUndatedIncident(attack, later, sharedNames: 1));
        // not an attack after the article appeared, nor one more than a month before it
        var laterAttack = Report("c", date: "2016-06-10", published: new DateOnly(2016, 6, 10));
        Assert.False(ReportMatcher.SameUndatedIncident(later, laterAttack with { Published = new DateOnly(2016, 6, 11) }, sharedNames: 5));
        Assert.False(ReportMatcher.SameUndatedIncident(Report("d", date: "2016-03-01", published: new DateOnly(2016, 3, 1)), later, sharedNames: 5));
        // both days read from their texts: the names do not join them
        Assert.False(ReportMatcher.SameUndatedIncident(Report("e", date: "2016-05-23", published: new DateOnly(2016, 5, 24)),
            Report("f", date: "2016-05-28", published: new DateOnly(2016, 5, 30)), sharedNames: 5));
        // nor another place
        Assert.False(ReportMatcher.SameUndatedIncident(attack, later with { Place = Homs }, sharedNames: 5));
    }

    [Fact]
    public void Reports_of_two_copies_of_a_story_match_by_place_whatever_their_dates()
    {
        Assert.True(ReportMatcher.SameIncidentInCopies(Report("a", date: "2016-05-23"), Report("b", date: "2016-05-30")));
        Assert.False(ReportMatcher.SameIncidentInCopies(Report("a", place: Jableh), Report("b", place: Tartus)));
        Assert.True(ReportMatcher.SameIncidentInCopies(Report("a", 2) with { Place = null }, Report("b", 2) with { Place = null }));
        Assert.False(ReportMatcher.SameIncidentInCopies(Report("a", 1) with { Place = null }, Report("b", 2) with { Place = null }));
    }

    [Fact]
    public void One_outlet_s_drone_strike_and_another_s_drone_bombing_the_same_day_are_one_attack()
    {
        // "a drone struck the cattle market" (an air strike) and "the drone dropped explosives on the market" (a bombing)
        Assert.True(ReportMatcher.SameIncident(Report("a", type: "air_strike") with { Weapons = ["drone"] },
            Report("b", type: "bombing") with { Weapons = ["drone", "explosive"] }));
        // a rocket and a drone, or a car bomb and an air strike, in one town on one day stay two attacks
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "shelling") with { Weapons = ["rocket"] },
            Report("b", type: "air_strike") with { Weapons = ["drone"] }));
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "bombing") with { Weapons = ["vehicle_bomb"] },
            Report("b", type: "air_strike") with { Weapons = ["aircraft"] }));
    }

    [Fact]
    public void A_witness_s_blasts_and_an_official_s_drone_strike_the_same_day_are_one_attack()
    {
        // "we heard two loud bangs by the depot, then smoke" (a bombing, means unknown) and "a drone hit the depot"
        Assert.True(ReportMatcher.SameIncident(Report("a", type: "bombing") with { Weapons = ["explosive", "fire"] },
            Report("b", type: "air_strike") with { Weapons = ["drone"] }));
        Assert.True(ReportMatcher.SameIncident(Report("a", type: "air_strike") with { Weapons = ["drone"], Killed = [Figure(9, "a")] },
            Report("b", type: "bombing") with { Weapons = ["explosive"], Killed = [Figure(6, "b")] }));
        // a planted device is told as such: an IED and an air strike in one town on one day stay two attacks
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "bombing") with { Weapons = ["ied", "explosive"] },
            Report("b", type: "air_strike") with { Weapons = ["drone"] }));
        // a blast report that counts more dead, or more hurt, than the strike sums more than that attack (a district's
        // total for a day of strikes at several villages)
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "bombing") with { Weapons = ["explosive"], Killed = [Figure(5, "a")] },
            Report("b", type: "air_strike") with { Weapons = ["drone"], Killed = [Figure(3, "b")] }));
        Assert.False(ReportMatcher.SameIncident(Report("a", type: "bombing") with { Weapons = ["explosive"], Injured = [Figure(12, "a")] },
            Report("b", type: "air_strike") with { Weapons = ["drone"], Injured = [Figure(4, "b")] }));
    }

    [Fact]
    public void Every_rule_is_symmetric()
    {
        var reports = new[]
        {
            Report("a"), Report("b", date: "2016-05-24"), Report("c", place: TartusProvince, date: null), Report("d", place: Baniyas, date: "2016-05"),
            Report("e", type: "air_strike", date: null), Report("f", perpetrator: "Islamic State", date: "2016"),
            Report("g", date: "2016-05-24", published: new DateOnly(2016, 5, 24)), Report("h", date: "2016-05-22", published: new DateOnly(2016, 5, 23)),
        };
        foreach (var x in reports)
            foreach (var y in reports)
            {
                Assert.Equal(ReportMatcher.SameIncident(x, y), ReportMatcher.SameIncident(y, x));
                Assert.Equal(ReportMatcher.SameUndatedIncident(x, y, 2), ReportMatcher.SameUndatedIncident(y, x, 2));
                Assert.Equal(ReportMatcher.SameIncidentInCopies(x, y), ReportMatcher.SameIncidentInCopies(y, x));
            }
    }
}
