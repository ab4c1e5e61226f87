using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// Two figures a careful coder would not keep as the incident's: hearsay ("heard 5 dead", <see cref="CasualtyFigure.Rumoured"/>)
/// gives way to any other figure, and a report that denies the day another report gave ("it did not happen late on
/// Sunday, as first said", <see cref="IncidentReport.CorrectsDate"/>) joins that report a day apart and dates the incident.
/// </summary>
public sealed class RumourAndRedatingTests
{
    private static readonly DateOnly Monday = new(2016, 5, 23);
    private static readonly DateOnly Tuesday = new(2016, 5, 24);

    [Fact]
    public void A_rumoured_toll_gives_way_to_the_figure_an_authority_gives()
    {
        var estimate = CasualtyReconciler.Default.Reconcile(
        [
            Figure(6, "thread", published: Monday) with { Rumoured = true },
            Figure(3, "thread", published: Monday, start: 200),
            Figure(3, "release", source: "police", published: Monday),
        ]);
        Assert.Equal((3, 3, 3), (estimate.Best, estimate.Low, estimate.High));
        Assert.Equal(3, estimate.Reports.Count); // the rumour stays a report
    }

    [Fact]
    public void A_rumoured_toll_alone_is_still_the_estimate()
    {
        var estimate = CasualtyReconciler.Default.Reconcile([Figure(6, "thread", published: Monday) with { Rumoured = true }]);
        Assert.Equal(6, estimate.Best);
    }

    private static IncidentReport First(string article, string day, DateOnly published) =>
        Report(article, place: Tartus, date: day, published: published);

    private static IncidentReport Redated(string article, string day, DateOnly published) =>
        Report(article, place: Tartus, date: day, published: published) with { CorrectsDate = true };

    [Fact]
    public void A_report_that_denies_the_first_day_joins_the_report_a_day_apart()
    {
        var first = First("a", "2016-05-22", Monday);
        var redated = Redated("b", "2016-05-23", Tuesday);
        Assert.True(ReportMatcher.SameIncident(first, redated));
        Assert.True(ReportMatcher.SameIncident(redated, first));
        // without the denial, two days read from the text must agree
        Assert.False(ReportMatcher.SameIncident(first, First("c", "2016-05-23", Tuesday)));
        // a report published before the one it would correct corrects nothing of it
        Assert.False(ReportMatcher.SameIncident(First("d", "2016-05-22", Tuesday), Redated("e", "2016-05-21", Monday)));
    }

    [Fact]
    public void The_corrected_day_dates_the_incident()
    {
        var builder = new IncidentBuilder(CasualtyReconciler.Default, _ => null);
        var incident = builder.Build([First("a", "2016-05-22", Monday), First("c", "2016-05-22", Monday), Redated("b", "2016-05-23", Tuesday)], null);
        Assert.Equal("2016-05-23", incident.Date);
        Assert.Equal("2016-05-22", builder.Build([First("a", "2016-05-22", Monday), First("b", "2016-05-23", Tuesday)], null).Date);
    }
}
