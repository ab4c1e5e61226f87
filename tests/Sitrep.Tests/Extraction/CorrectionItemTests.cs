using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A corrections column: an item that cites an article by its day, about an attack, and says what it got wrong gives a
/// report that cites that day, placed where the item writes "Z, not Y", with the wrong figures withdrawn
/// (IncidentExtractor.CorrectionItems). Items about anything else, or that correct no place, give none.
/// </summary>
public sealed class CorrectionItemTests
{
    private static IReadOnlyList<IncidentReport> Read(string text)
    {
        const string title = "Corrections";
        var article = new Article("spec-corrections", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2022, 10, 14));
        return ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
    }

    private const string Header = "Our readers' editor puts right errors of fact.\n\n";
    private const string Review = "\n\n• A review on 8 October gave the wrong name for the pianist in the second half of the concert.";

    [Fact]
    public void An_item_that_moves_an_attack_gives_its_place_and_true_figures()
    {
        var reports = Read(Header + "• A story on Monday 10 October about a shooting at a petrol station said that two men had been killed. "
                           + "One man died; the other was wounded, the gardaí told us later. The same story said the station was in Galway. "
                           + "It is in Tuam, not in Galway." + Review);
        var report = Assert.Single(reports);
        Assert.Equal("Tuam", report.Place?.Name);
        Assert.Equal(new DateOnly(2022, 10, 10), report.CorrectsArticleOf);
        Assert.Null(report.Date);
        Assert.Contains(report.Killed, f => f is { Value: 1, Withdrawn: false });
        Assert.Contains(report.Killed, f => f is { Value: 2, Withdrawn: true });
    }

    [Fact]
    public void An_item_that_corrects_no_place_gives_no_report()
    {
        // (an item that names its attack's town the way a report does is read as one, with no citation: not this rule's)
        Assert.DoesNotContain(Read(Header + "• A story on Monday 10 October about a shooting at a petrol station wrongly said that two men "
                                   + "had been killed. One man died." + Review), r => r.CorrectsArticleOf is not null);
    }

    [Fact]
    public void An_item_about_no_attack_gives_no_report()
    {
        Assert.Empty(Read(Header + "• A story on Monday 10 October about the new bypass said it would open in Tuam, not in Galway, next year."
                          + Review));
    }
}
