using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A sentence whose only scene is a region (a province, a county) that holds several of the article's towns tells them
/// all: its day ("across the province during the night to Monday") is no town's own when a later sentence gives each
/// town its day, and a denial it tells is every town's. Made-up articles.
/// </summary>
public class RegionWideSentenceTests
{
    private static readonly DateOnly Published = new(2026, 3, 3); // a Tuesday

    /// <summary>text → the town dated by its own day (Sunday), the two towns of the Monday, the group that denies.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        {
            "The protest group Aire Limpio Astur, whose stickers police found at two of the three relay masts set on fire in Asturias during the night to Monday, says that it had nothing to do with the arson. "
            + "The fires were started at masts in Aviles shortly before midnight on Sunday, and in Llanes and Mieres early on Monday. Nobody was hurt.",
            "Aviles", "Llanes", "Mieres", "Aire Limpio Astur"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_towns_own_day_replaces_the_regions_and_the_regions_denial_is_each_towns(string text, string sunday, string monday1, string monday2, string group)
    {
        var reports = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: Published)).Reading.Reports;

        Assert.Equal("2026-03-01", reports.Single(r => r.Place?.Name == sunday).Date);
        Assert.Equal("2026-03-02", reports.Single(r => r.Place?.Name == monday1).Date);
        Assert.Equal("2026-03-02", reports.Single(r => r.Place?.Name == monday2).Date);
        foreach (var r in reports)
        {
            Assert.Equal(group, r.Perpetrator);
            Assert.Equal("denied", r.Responsibility);
        }
    }
}
