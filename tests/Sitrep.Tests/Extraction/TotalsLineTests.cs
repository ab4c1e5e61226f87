using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A totals line written under a table, outside its rows ("Totals: 5 dead, 5 hurt." after the table closes): the sum of
/// the rows above it, no incident's figure (<see cref="Sitrep.Extraction.CasualtyRecognizer.IsTotalLineUnderTable"/>).
/// </summary>
public sealed class TotalsLineTests
{
    private static IReadOnlyList<IncidentReport> Read(string title, string text, DateOnly published)
    {
        var article = new Article("spec-totals-line", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: published);
        return ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
    }

    [Fact]
    public void The_totals_line_under_a_wiki_table_lends_no_row_its_figures()
    {
        var reports = Read("Attacks in Westshire",
            "This list covers attacks by armed groups in Westshire this spring.\n\n"
            + "{| class=\"sortable\"\n! Date !! Town !! Weapon !! Dead !! Injured\n|-\n"
            + "| 14 May || Elmwood || Grenade || 2 || 1\n|-\n"
            + "| 17 May || Riverton || Car bomb || 3 || 4\n|}\n\n"
            + "Totals (so far): 5 dead, 5 injured.\n",
            new DateOnly(2024, 5, 20));
        Assert.NotEmpty(reports);
        Assert.DoesNotContain(reports, r => r.Killed.Any(f => f.Value == 5) || r.Injured.Any(f => f.Value == 5));
    }
}
