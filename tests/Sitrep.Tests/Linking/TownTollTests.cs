using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// Reports that nothing places in time (no day, no publication date) and that share no names: linked when they are
/// placed at the same small town and count the same dead (<see cref="ReportMatcher.SameTownAndToll"/>), and every
/// pair so linked shares a <see cref="TownTollKeys"/> key.
/// </summary>
public sealed class TownTollTests
{
    private static IncidentReport Undated(string article, Place place, int? killed, string? date = null, DateOnly? published = null, string type = "armed_assault") =>
        Report(article, place: place, date: date, published: published, type: type) with
        {
            Killed = killed is null ? [] : [Figure(killed, article)],
        };

    public static IEnumerable<object[]> Cases =>
    [
        // a, b, linked
        [Undated("a", Jableh, 2), Undated("b", Jableh, 2, date: "1987"), true],
        [Undated("a", Jableh, 1), Undated("b", Jableh, 1, type: "bombing"), true],
        [Undated("a", Jableh, 2), Undated("b", Jableh, 3), false],                        // another toll
        [Undated("a", Jableh, null), Undated("b", Jableh, null), false],                  // no dead counted
        [Undated("a", Homs, 2), Undated("b", Homs, 2), false],                            // a city: left to the names rule
        [Undated("a", Jableh, 2), Undated("b", Baniyas, 2), false],                       // another town
        [Undated("a", Jableh, 2, date: "1987"), Undated("b", Jableh, 2, date: "1990"), false],
        [Undated("a", Jableh, 2), Undated("b", Jableh, 2, date: "2016-05-23"), false],    // one has a day: the day rules
        [Undated("a", Jableh, 2, published: new DateOnly(2016, 5, 23)), Undated("b", Jableh, 2), false],
        [Undated("a", Jableh, 2, type: "bombing"), Undated("b", Jableh, 2, type: "air_strike"), false],
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_undated_reports_of_one_small_town_and_toll(IncidentReport a, IncidentReport b, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.SameTownAndToll(a, b));
        Assert.Equal(linked, ReportMatcher.SameTownAndToll(b, a));
        if (linked) Assert.NotEmpty(TownTollKeys.Of(a).Intersect(TownTollKeys.Of(b)));
    }
}
