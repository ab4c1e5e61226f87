using Sitrep.Linking;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// Articles that share names may call one strike a bombing, a shelling or an air strike: the names rule links these
/// types to each other, the day rule still keeps them apart, and a kidnapping stays apart from them all.
/// </summary>
public sealed class ExplosivesFromAfarTests
{
    public static IEnumerable<object[]> Cases =>
    [
        // a's type, b's type, linked by the names rule (3 shared names, no day)
        ["bombing", "air_strike", true],
        ["shelling", "air_strike", true],
        ["shelling", "bombing", true],
        ["bombing", "kidnapping", false],
        ["air_strike", "kidnapping", false],
        ["bombing", "armed_assault", true], // compatible with anything, as before
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_names_rule_takes_explosives_from_afar_as_one_type(string a, string b, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.SameUndatedIncident(Report("x", date: null, type: a), Report("y", date: null, type: b), sharedNames: 3));
        Assert.Equal(linked, ReportMatcher.SameUndatedIncident(Report("y", date: null, type: b), Report("x", date: null, type: a), sharedNames: 3));
    }

    [Fact]
    public void The_day_rule_keeps_a_bombing_and_an_air_strike_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Report("x", type: "bombing"), Report("y", type: "air_strike")));
    }
}
