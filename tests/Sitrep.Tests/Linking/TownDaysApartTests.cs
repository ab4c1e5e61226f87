using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// Reports dated to days apart whose articles share names: linked when both are placed at one small town and tell one
/// type of attack, the later page published after the earlier day (<see cref="ReportMatcher.SameTownAttackDaysApart"/>):
/// a later page misdates the attack by the day of a step it tells.
/// </summary>
public sealed class TownDaysApartTests
{
    private static readonly DateOnly Later = new(2016, 6, 2);

    private static IncidentReport Dated(string article, string date, Place? place = null, string type = "armed_assault", DateOnly? published = null) =>
        Report(article, place: place ?? Jableh, date: date, published: published ?? DateOnly.ParseExact(date, "yyyy-MM-dd"), type: type);

    public static IEnumerable<object[]> Cases =>
    [
        // a, b, shared names, linked
        [Dated("a", "2016-05-23"), Dated("b", "2016-05-31", published: Later), 3, true],
        [Dated("a", "2016-05-23", type: "bombing"), Dated("b", "2016-05-30", type: "bombing", published: Later), 4, true],
        [Dated("a", "2016-05-23"), Dated("b", "2016-05-31", published: Later), 2, false],                     // too few names shared
        [Dated("a", "2016-05-23", place: Homs), Dated("b", "2016-05-31", place: Homs, published: Later), 5, false], // a city
        [Dated("a", "2016-05-23"), Dated("b", "2016-05-31", place: Baniyas, published: Later), 5, false],     // another town
        [Dated("a", "2016-05-23"), Dated("b", "2016-05-31", type: "kidnapping", published: Later), 5, false], // another type
        [Dated("a", "2016-05-23", type: "other"), Dated("b", "2016-05-31", type: "other", published: Later), 5, false],
        [Dated("a", "2016-04-01"), Dated("b", "2016-05-31", published: Later), 5, false],                     // two months apart
        [Dated("a", "2016-05-23"), Dated("b", "2016-05-23", published: Later), 5, false],                     // one day: the day rules
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_a_later_page_at_one_small_town_that_names_the_same_people(IncidentReport a, IncidentReport b, int sharedNames, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.SameTownAttackDaysApart(a, b, sharedNames));
        Assert.Equal(linked, ReportMatcher.SameTownAttackDaysApart(b, a, sharedNames));
    }
}
