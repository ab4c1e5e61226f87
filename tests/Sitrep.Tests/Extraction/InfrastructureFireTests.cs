using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Fires at infrastructure told without a word of attack: one that someone is blamed for, claims or denies, or that the
/// article tells as set on purpose, is arson (`other`, fire); one told as an accident is none. A group's own word of its
/// men, negated, is its denial; a group named in apposition before its own denial is the perpetrator; the rows of a
/// table of a stated series take the series' target from its headline. Made-up articles.
/// </summary>
public class InfrastructureFireTests
{
    private static readonly DateOnly Published = new(2026, 3, 15);

    private static IReadOnlyList<IncidentReport> Reports(string title, string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("a", title + "\n\n" + text, Title: title, Published: Published)).Reading.Reports;

    /// <summary>title, text, the group that denies.</summary>
    public static TheoryData<string, string, string> Denied => new()
    {
        {
            "Activist network rejects blame for burnt substations",
            "The environmental network Green Valley Watch, which police linked to two of the three substations burnt in the region overnight, says it had nothing to do with the blazes.\n\nThe blazes hit substations in Lahti late on Friday and in Hamina and Kotka early on Saturday.\n\nAbout 9,000 homes lost power for several hours, the grid company said.",
            "Green Valley Watch"
        },
        {
            "Pylon set on fire near Oulu",
            "Unknown people set fire to a power line pylon near Oulu on Monday, police said.\n\nA group calling itself the Northern Forest Front said that its members had not carried out the arson.\n\nPower was cut to 2,000 homes.",
            "Northern Forest Front"
        },
    };

    [Theory]
    [MemberData(nameof(Denied))]
    public void A_fire_at_infrastructure_that_a_group_denies_is_arson_with_its_denial(string title, string text, string group)
    {
        var reports = Reports(title, text);

        Assert.NotEmpty(reports);
        Assert.All(reports, r =>
        {
            Assert.Equal("other", r.EventType);
            Assert.Contains("fire", r.Weapons);
            Assert.Equal(group, r.Perpetrator);
            Assert.Equal("denied", r.Responsibility);
        });
    }

    /// <summary>title, text: a fire at infrastructure with nobody blamed and no arson told.</summary>
    public static TheoryData<string, string> Accidents => new()
    {
        {
            "Substation fire cuts power to thousands",
            "A fire broke out at a substation in Lahti on Friday night, cutting power to 9,000 homes.\n\nFirefighters put out the blaze within two hours.\n\nThe grid company said a fault in a transformer caused it."
        },
        {
            "Blaze at pumping station",
            "Fire crews were called to a burning pumping station on the edge of Kotka on Sunday morning.\n\nThe fire damaged a pump and cut the water supply to a few streets for an afternoon.\n\nThe water company said an overheated motor was the likely cause."
        },
    };

    [Theory]
    [MemberData(nameof(Accidents))]
    public void A_fire_at_infrastructure_told_as_an_accident_is_no_attack(string title, string text) =>
        Assert.Empty(Reports(title, text));

    [Fact]
    public void The_rows_of_a_table_of_a_stated_series_take_the_series_target_from_its_headline()
    {
        var reports = Reports("Three substations set on fire in one night: police investigate series of arson attacks",
            "Police said three electricity substations in three towns were set on fire during the night to Saturday.\n\nTown | Time | Damage | Injured\nLahti | Sat 14 Mar, 00:40 | Transformer destroyed | None\nHamina | Sat 14 Mar, 01:55 | Control building damaged | None\nKotka | Sat 14 Mar, 02:30 | Cables damaged | None\n\nNobody was hurt, police said.");

        Assert.Equal(["Hamina", "Kotka", "Lahti"], reports.Select(r => r.Place!.Name).Order());
        // the police who investigate are no target
        Assert.All(reports, r => Assert.Equal(["utilities"], r.Targets));
    }
}
