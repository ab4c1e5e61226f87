using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Figures that are counts and figures that are not: one victim named among those counted is no count of one, and the
/// dead counted by a noun ("14 bodies since dawn") are no later deaths. Our own wording.
/// </summary>
public class CountedFigureTests
{
    private static IncidentReport Report(string text)
    {
        var article = new Article("counted", global::Sitrep.Sources.Headline.Prepend("Market shelled in Kassala", text), "Market shelled in Kassala", Published: new DateOnly(2024, 3, 5));
        return Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
    }

    [Fact]
    public void One_victim_named_among_the_counted_is_no_count()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing three people, local officials said.\n\nA clinic near the market was treating 20 wounded people, including a girl in critical condition.");
        Assert.Equal([20], report.Injured.Select(f => f.Value));
    }

    /// <summary>A sentence that tells who the dead were gives a part of the toll told before it (IncidentExtractor.MakeUpOfDead).</summary>
    [Theory]
    [InlineData("Most of the dead were farmers, though three of our guards also lost their lives, the mayor said.", new[] { 12 })]
    [InlineData("The victims were mostly farmers, but three of our guards died as well, the mayor said.", new[] { 12 })]
    // no words of the dead as a whole: the guards are counted apart
    [InlineData("Three of our guards also lost their lives, the mayor said.", new[] { 12, 3 })]
    // more than the toll before: no part of it
    [InlineData("Most of the dead were farmers, and 14 of our people died in all, the mayor said.", new[] { 12, 14 })]
    public void A_figure_among_the_dead_told_as_a_whole_is_a_part_of_the_toll(string later, int[] expected)
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing 12 people, local officials said.\n\n" + later);
        Assert.Equal(expected.Select(v => (int?)v), report.Killed.Select(f => f.Value));
    }

    [Fact]
    public void One_victim_alone_is_a_count()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing three people, local officials said.\n\nA girl was wounded, a clinic said.");
        Assert.Equal([1], report.Injured.Select(f => f.Value));
    }

    [Fact]
    public void A_definite_figure_after_a_larger_one_is_a_part_of_it()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing five people, local officials said.\n\nThe three traders who died had stalls near the gate.");
        Assert.Equal([5], report.Killed.Select(f => f.Value));
    }

    [Fact]
    public void A_count_its_sentence_adds_later_deaths_to_is_a_part_of_the_sum()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, local officials said.\n\nFour people died on the spot, while two others succumbed to injuries on arrival at the hospital, a doctor said.");
        Assert.Equal([6], report.Killed.Select(f => f.Value));
    }

    [Fact]
    public void Figures_after_a_count_the_sentence_opens_with_of_the_are_its_parts()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing two people and wounding 15, local officials said.\n\nOf the 15 wounded, nine went home after first aid and six stayed at the town clinic overnight.");
        var injured = report.Injured.Select(f => f.Value).ToList();
        Assert.Contains(15, injured);
        Assert.DoesNotContain(9, injured);
        Assert.DoesNotContain(6, injured);
    }

    [Fact]
    public void Bodies_counted_since_a_time_are_no_later_deaths()
    {
        var report = Report("Mortar rounds hit a crowded market in Kassala on Sunday, killing six people, local officials said.\n\nA clinic near the market said it had counted 14 bodies since dawn.");
        var killed = report.Killed.Select(f => f.Value).ToList();
        Assert.Contains(14, killed);
        Assert.DoesNotContain(20, killed);
    }

    [Fact]
    public void A_members_toll_in_a_place_less_headline_is_the_members_not_the_waves()
    {
        const string text = "Helmand attacks: Gereshk toll rises to five, officials count 11 dead in province\n\n" +
                            "LASHKAR GAH (Wire) - A farmer died in hospital on Tuesday of wounds from Monday's bombing in Gereshk, raising the death toll from that blast to five, police said.\n\n" +
                            "The governor said the three coordinated attacks of Monday had left 11 dead and 40 injured across the province.\n\n" +
                            "In Sangin, a roadside bomb hit an army truck on Monday, wounding six soldiers.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("wave", text, Published: new DateOnly(2024, 3, 6))).Reading;
        var wave = Assert.Single(reading.Waves);
        Assert.Equal([11], wave.Killed.Select(f => f.Value).Distinct());
        Assert.Equal([40], wave.Injured.Select(f => f.Value));
    }
}
