using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// An article that corrects where it placed its own attack ("an earlier version of this blog said ... in Y; it was in Z",
/// "this report has been amended: ... in Z, not Y"): Y is no scene, Z is (IncidentExtractor.WithoutWithdrawnPlaces).
/// A correction that names no other town withdraws no place.
/// </summary>
public sealed class CorrectedPlaceTests
{
    private static IReadOnlyList<IncidentReport> Read(string title, string text)
    {
        var article = new Article("spec-corrected-place", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2023, 3, 4));
        return ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
    }

    [Fact]
    public void A_blog_that_moves_its_shooting_places_it_in_the_corrected_town()
    {
        var reports = Read("Live: gunfire at a harvest fair, one dead",
            "Correction: an earlier version of this blog put the gunfire in Tuam; it was in Athenry, the next town along. "
            + "We are sorry for the mistake.\n\n"
            + "6:10 pm\nA man was shot dead and two women were wounded when a gunman opened fire near the cattle pens on Saturday afternoon, the gardaí said. "
            + "A suspect was held at the station in Athenry.");
        var report = Assert.Single(reports);
        Assert.Equal("Athenry", report.Place?.Name);
    }

    [Fact]
    public void An_amended_report_with_z_not_y_places_it_in_z()
    {
        var reports = Read("Two hurt in stabbing at bus stop",
            "This report has been amended: the stabbing happened in Athenry, not in Tuam.\n\n"
            + "Two teenagers were stabbed at a bus stop in Tuam on Friday evening, the gardaí said. Both were taken to hospital in Galway.");
        var report = Assert.Single(reports);
        Assert.Equal("Athenry", report.Place?.Name);
    }

    [Fact]
    public void A_correction_that_names_no_other_town_withdraws_no_place()
    {
        var reports = Read("Man shot dead outside pub",
            "A man was shot dead outside a pub in Tuam on Friday night, the gardaí said. "
            + "An earlier version of this post said the victim was 40; he was 34.");
        var report = Assert.Single(reports);
        Assert.Equal("Tuam", report.Place?.Name);
    }
}
