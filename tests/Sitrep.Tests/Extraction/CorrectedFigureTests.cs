using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A sentence that corrects a figure within itself (IncidentExtractor.CorrectedFigures): the figure of the clause that
/// tells the earlier one is withdrawn, the figure given now stands, and the corrected value is withdrawn wherever the
/// article gave it. A figure given earlier that a higher one replaces is a rising toll: both stand.
/// </summary>
public sealed class CorrectedFigureTests
{
    private static IncidentReport Read(string title, string text)
    {
        var article = new Article("spec-corrected-figure", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2025, 3, 12));
        return Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
    }

    private static int[] Standing(IEnumerable<CasualtyFigure> figures) =>
        figures.Where(f => !f.Withdrawn && f.Value is not null).Select(f => f.Value!.Value).Distinct().Order().ToArray();

    private static int[] Withdrawn(IEnumerable<CasualtyFigure> figures) =>
        figures.Where(f => f.Withdrawn && f.Value is not null).Select(f => f.Value!.Value).Distinct().Order().ToArray();

    [Fact]
    public void A_live_blogs_correction_withdraws_the_earlier_entrys_figure_and_keeps_the_one_given_now()
    {
        var report = Read("LIVE: Gunmen fire on drivers at Tamale lorry park",
            "Newest entries first\n\n16:20\nCorrection: we earlier reported 6 dead, citing a witness; the regional police now say 4.\n\n"
            + "13:05\nA witness told our reporter that at least 6 people were killed when two gunmen fired on drivers at the lorry park in Tamale.");
        Assert.Equal([4], Standing(report.Killed));
        Assert.Equal([6], Withdrawn(report.Killed));
    }

    [Fact]
    public void A_figure_written_before_not_n_as_an_earlier_version_said_stands()
    {
        var report = Read("Three dead in Enugu bar shooting",
            "ENUGU - Gunmen shot at drinkers in a bar in Enugu on Friday night.\n\n"
            + "Three people were killed, not four as an earlier version of this article said.");
        Assert.Equal([3], Standing(report.Killed));
        Assert.Equal([4], Withdrawn(report.Killed));
    }

    [Fact]
    public void A_higher_figure_given_now_leaves_the_earlier_one_a_report()
    {
        var report = Read("Toll rises after Enugu bar shooting",
            "ENUGU - Gunmen shot at drinkers in a bar in Enugu on Friday night.\n\n"
            + "Police had earlier reported three dead; they now say five people were killed.");
        Assert.Equal([3, 5], Standing(report.Killed));
        Assert.Empty(Withdrawn(report.Killed));
    }

    [Fact]
    public void Two_sources_figures_after_earlier_said_both_stand()
    {
        var report = Read("Bar shooting in Enugu",
            "ENUGU - Gunmen shot at drinkers in a bar in Enugu on Friday night.\n\n"
            + "The police earlier said 15 people were killed, but a hospital official said 12 people were killed.");
        Assert.Equal([12, 15], Standing(report.Killed));
    }

    [Fact]
    public void An_earlier_figure_with_no_correction_and_none_given_now_stands()
    {
        var report = Read("Bar shooting in Enugu",
            "ENUGU - Gunmen shot at drinkers in a bar in Enugu on Friday night.\n\nPolice had earlier reported three dead.");
        Assert.Equal([3], Standing(report.Killed));
    }
}
