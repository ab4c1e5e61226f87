using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// The day of an article's news (IncidentExtractor.StoryDate): read from the opening sentences of its body, whatever
/// page furniture stands above them. Pages written for these tests.
/// </summary>
public class StoryDayTests
{
    [Fact]
    public void A_long_page_top_does_not_push_the_leads_attack_out_of_the_opening()
    {
        // masthead, sections, headline and its repeat, byline, reading time, a caption: eight lines before the body; the
        // lead's attack, ten days before publication, is the page's news, not background to its publication day
        const string text = "FIELD NOTES MAGAZINE\nFeatures\nInterviews\nA guard remembers the depot bomb\nA guard remembers the depot bomb\nSeptember 12, 2016 · Interview by a staff writer\nReading time: 5 minutes\nListen to this article\n[Picture: the gate of the fuel depot.]\n\nOmar Haddad, 52, has kept the gate of the fuel depot for twenty years. He was on duty on Friday, September 2, when a bomb exploded by the pumps of the depot in Homs and killed two of his colleagues. We met him at his house. He asked us not to print his street.";
        const string title = "A guard remembers the depot bomb";
        var article = new Article("story-day-long-top", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2016, 9, 12));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal(("Homs", "2016-09-02", false), (report.Place?.Name, report.Date, report.Background));
    }
}
