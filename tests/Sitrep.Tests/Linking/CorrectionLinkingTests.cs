using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// A corrections column's item ("An article on 23 May about a bombing said that five were killed. Four were killed ...
/// It happened in Jableh, not in Tartus") gives a report that cites the corrected article's day
/// (<see cref="IncidentReport.CorrectsArticleOf"/>): it joins that day's report of the attack when a figure it
/// withdraws is one that report gives (<see cref="ReportMatcher.Corrects"/>), every such pair shares a
/// <see cref="CorrectionKeys"/> key, and the correction's place wins over the corrected one's.
/// </summary>
public sealed class CorrectionLinkingTests
{
    private static readonly DateOnly May23 = new(2016, 5, 23);
    private static readonly DateOnly May26 = new(2016, 5, 26);

    private static IncidentReport Told(string article, Place place, int killed, DateOnly published, string type = "bombing") =>
        Report(article, place: place, date: "2016-05-22", published: published, type: type) with { Killed = [Figure(killed, article, published: published)] };

    private static IncidentReport Correction(string article, Place place, int wrong, int right, DateOnly cites, string type = "bombing") =>
        Report(article, place: place, date: null, published: May26, type: type) with
        {
            CorrectsArticleOf = cites,
            Killed = [Figure(right, article, published: May26), Figure(wrong, article, published: May26) with { Withdrawn = true }],
        };

    public static IEnumerable<object[]> Cases =>
    [
        // corrected, correction, linked
        [Told("a", Tartus, 5, May23), Correction("c", Jableh, 5, 4, May23), true],
        [Told("a", Tartus, 5, May23), Correction("c", Jableh, 5, 4, May23, type: "other"), true],
        [Told("a", Tartus, 6, May23), Correction("c", Jableh, 5, 4, May23), false],                 // not the figure it withdraws
        [Told("a", Tartus, 5, May23.AddDays(1)), Correction("c", Jableh, 5, 4, May23), false],      // an article of another day
        [Told("a", Tartus, 5, May23, type: "air_strike"), Correction("c", Jableh, 5, 4, May23), false],
        [Told("a", Tartus, 5, May23) with { Background = true }, Correction("c", Jableh, 5, 4, May23), false],
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_correction_joins_the_report_of_the_day_it_cites(IncidentReport corrected, IncidentReport correction, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.Corrects(corrected, correction));
        Assert.Equal(linked, ReportMatcher.Corrects(correction, corrected));
        if (linked) Assert.NotEmpty(CorrectionKeys.Of(corrected).Intersect(CorrectionKeys.Of(correction)));
    }

    [Fact]
    public void Two_reports_that_correct_nothing_are_not_linked_by_the_rule()
    {
        Assert.False(ReportMatcher.Corrects(Told("a", Tartus, 5, May23), Told("b", Tartus, 5, May23)));
    }

    [Fact]
    public void The_correction_places_the_attack_and_withdraws_the_wrong_figure()
    {
        var builder = new IncidentBuilder(CasualtyReconciler.Default, _ => null);
        var incident = builder.Build([Told("a", Tartus, 5, May23), Told("b", Tartus, 5, May23), Correction("c", Jableh, 5, 4, May23)], null);
        Assert.Equal("Jableh", incident.Location);
        Assert.Equal(4, incident.Killed.Best);
        Assert.Equal("2016-05-22", incident.Date);
    }
}
