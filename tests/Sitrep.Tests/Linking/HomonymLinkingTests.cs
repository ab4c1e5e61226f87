using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// One place name read as two places (a town of that name in each of two countries): reports of articles that share
/// names are one attack when their places bear the same name, whichever the gazetteer chose; without shared names,
/// or by the day rule, two such places stay two.
/// </summary>
public sealed class HomonymLinkingTests
{
    private static readonly Place Northfield = new(9_000_001, "Northfield", 44.46, -93.16, "US", "MN", "Minnesota", PlaceKind.City, 20_000);
    private static readonly Place NorthfieldAbroad = new(9_000_002, "Northfield", -34.86, 138.67, "AU", "05", "South Australia", PlaceKind.City, 12_000);
    private static readonly Place Southfield = new(9_000_003, "Southfield", -34.90, 138.60, "AU", "05", "South Australia", PlaceKind.City, 15_000);

    public static IEnumerable<object[]> Cases =>
    [
        // a's place, b's place, shared names, linked by the undated rule
        [Northfield, NorthfieldAbroad, 2, true],
        [Northfield, NorthfieldAbroad, 1, false],
        [Northfield, Southfield, 3, false],
        [NorthfieldAbroad, Southfield, 3, true], // 10 km apart in one country: near, as before
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_of_one_name_in_articles_sharing_names_are_one(Place a, Place b, int sharedNames, bool linked)
    {
        var x = Report("x", place: a, date: null, type: "armed_assault");
        var y = Report("y", place: b, date: null, type: "armed_assault");
        Assert.Equal(linked, ReportMatcher.SameUndatedIncident(x, y, sharedNames));
        Assert.Equal(linked, ReportMatcher.SameUndatedIncident(y, x, sharedNames));
    }

    [Fact]
    public void The_day_rule_keeps_homonyms_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Report("x", place: Northfield), Report("y", place: NorthfieldAbroad)));
    }
}
