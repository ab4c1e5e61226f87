using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Deaths told as steps of a toll: later deaths among the hurt ("two died of their injuries overnight") add to the dead
/// counted before, are held by a toll that already counts them, and are a figure of their own only when nothing was
/// counted before. Our own wording.
/// </summary>
public class RunningTollTests
{
    private static List<int?> Killed(string text)
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Bank bombing in Kano", text), "Bank bombing in Kano", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        return report.Killed.Select(f => f.Value).ToList();
    }

    [Fact]
    public void Later_deaths_add_to_the_dead_counted_before()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing six people, police said.\n\nTwo people died of their injuries in hospital overnight, a doctor said.");
        Assert.Contains(8, killed);
        Assert.DoesNotContain(2, killed);
    }

    [Fact]
    public void Later_deaths_add_across_a_count_of_the_hurt()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing five people and wounding 12, police said.\n\nThree of those taken to hospital were in critical condition, and three people later died, a doctor said.");
        Assert.Contains(8, killed);
    }

    [Fact]
    public void A_claimants_boasted_toll_is_no_count_later_deaths_add_to()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing three guards and wounding four, police said.\n\nA group claimed the bombing in a statement saying its fighters had killed nine guards.\n\nTwo of the wounded guards died in hospital on Tuesday.");
        Assert.DoesNotContain(11, killed);
    }

    [Fact]
    public void Those_of_the_hurt_who_died_later_add_to_the_dead()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing four people and wounding 15, police said.\n\nTwo of the wounded later died in hospital.");
        Assert.Equal(6, killed.Max());
    }

    /// <summary>A count of the dead that holds one of the hurt who died since ("among them") is the toll reached so far (CasualtyRecognizer.HoldsLaterDeath).</summary>
    [Fact]
    public void A_count_that_holds_one_of_the_hurt_who_died_since_is_a_running_toll()
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Bank bombing in Kano", "A car bomb exploded outside a bank in Kano on Monday, police said.\n\nFive people lost their lives, among them a wounded guard who died in hospital overnight."), "Bank bombing in Kano", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        var five = Assert.Single(report.Killed, f => f.Value == 5);
        Assert.True(five.Running);
    }

    [Fact]
    public void A_toll_that_holds_later_deaths_is_not_added_to()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing six people, police said.\n\nBy Tuesday the death toll had risen to 10. Two people died of their wounds in hospital overnight, a doctor said.");
        Assert.Equal([6, 10], killed);
    }

    /// <summary>The figure a toll rose from and the victims added to it make the count told before: it holds them (IncidentExtractor.RiseFrom).</summary>
    [Theory]
    [InlineData("The count was raised from eight after two more bodies were pulled from the rubble.", new[] { 10 })]
    // no figure it rose from: the victims add to the count before
    [InlineData("Two more bodies were pulled from the rubble on Tuesday.", new[] { 10, 12 })]
    // the figure it rose from and the added make another count than the one before: the sum still stands
    [InlineData("The count was raised from five after two more bodies were pulled from the rubble.", new[] { 10, 12 })]
    // the earlier toll named as the one the deaths raise
    [InlineData("Two of the wounded died in hospital, raising the earlier figure of eight.", new[] { 10 })]
    public void Victims_added_to_the_figure_a_toll_rose_from_are_held_by_the_count_before(string later, int[] expected)
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing ten people, police said.\n\n" + later);
        Assert.Equal(expected.Select(v => (int?)v), killed);
    }

    /// <summary>A statement that one patient died is a death among the hurt since the attack: a figure a later
    /// document's reconciliation adds to the earlier toll (CasualtyFigure.Added), though no word of the hurt is written.</summary>
    [Fact]
    public void A_patient_who_died_is_a_later_death()
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Statement after the Kano bank bombing", "The hospital director said on Tuesday that one patient died overnight despite surgery.\n\nNine people were brought in after the car bomb outside a bank in Kano on Monday."), "Statement after the Kano bank bombing", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        Assert.Contains(report.Killed, f => f.Value == 1 && f.Added);
    }

    [Fact]
    public void Later_deaths_alone_are_the_toll()
    {
        Assert.Equal([2], Killed("A car bomb exploded outside a bank in Kano on Monday, police said.\n\nTwo people later died in hospital, a doctor said."));
    }

    private static List<(int? Value, bool Added)> KilledAdded(string text)
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Bank bombing in Kano", text), "Bank bombing in Kano", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        return report.Killed.Select(f => (f.Value, f.Added)).ToList();
    }

    /// <summary>
    /// Deaths among the hurt told with no dead counted before them in the article are marked <see cref="CasualtyFigure.Added"/>
    /// (they add to an earlier article's count when incidents are reconciled), with a number or for one person named by a
    /// word of the hurt ("a guard who was wounded ... died"); summed with a count before them, or a plain count, they are not.
    /// </summary>
    [Theory]
    [InlineData("A car bomb exploded outside a bank in Kano on Monday, police said.\n\nTwo people later died in hospital, a doctor said.", "2a")]
    [InlineData("A car bomb exploded outside a bank in Kano on Monday, police said.\n\nA guard who was wounded in the blast died in hospital on Wednesday, a doctor said.", "1a")]
    [InlineData("A car bomb exploded outside a bank in Kano on Monday, killing six people, police said.\n\nA guard who was wounded in the blast died in hospital on Wednesday.", "6")]
    [InlineData("A car bomb exploded outside a bank in Kano on Monday, killing six people, police said.", "6")]
    public void Deaths_among_the_hurt_with_no_count_before_are_added_to_earlier_counts(string text, string expected)
    {
        Assert.Equal(expected, string.Join(" ", KilledAdded(text).Select(k => $"{k.Value}{(k.Added ? "a" : "")}")));
    }

    /// <summary>A claimant's boasted count (a boasting word between its claim and the figure) is hearsay-like: <see cref="CasualtyFigure.Rumoured"/>.</summary>
    [Fact]
    public void A_claimants_boasted_count_is_kept_but_counts_only_alone()
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Bank bombing in Kano", "A car bomb exploded outside a bank in Kano on Monday, killing three guards, police said.\n\nA group claimed the attack on its channel and, as usual, inflated the result: twenty dead, it said."), "Bank bombing in Kano", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        Assert.Equal("3 20r", string.Join(" ", report.Killed.Select(f => $"{f.Value}{(f.Rumoured ? "r" : "")}")));
    }

    [Fact]
    public void A_part_of_the_dead_adds_no_one()
    {
        var killed = Killed("A car bomb exploded outside a bank in Kano on Monday, killing 12 people, including three who died of their wounds in hospital, police said.");
        Assert.Equal(12, killed.Max());
    }
    [Theory]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people, police said.\n\nThe district officer said the toll had reached nine and that two of the injured had died in the night.", new[] { 5, 9 })]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people and wounding 20, police said.\n\nThree of the wounded died on Saturday.", new[] { 5, 8 })]
    public void Dead_among_the_hurt_are_no_toll_of_their_own(string text, int[] expected)
    {
        Assert.Equal(expected.Select(v => (int?)v).ToList(), Killed(text));
    }

    /// <summary>
    /// A toll told as the count reached so far is marked <see cref="CasualtyFigure.Running"/> (it updates earlier days'
    /// figures when incidents are reconciled): a toll noun with a risen figure (also one that counts the victims named
    /// before its verb, "the number of peoples died ... has reach seven", which holds the bodies found after it), an
    /// ordinal death, later deaths summed with the dead counted before. A plain count is not. Expected: each killed figure, "r" after a running one.
    /// </summary>
    [Theory]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people, police said.\n\nThe death toll rose to seven on Saturday, a doctor said.", "5 7r")]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people and wounding 20, police said.\n\nThree of the wounded died on Saturday.", "5 8r")]
    [InlineData("A grenade thrown at a bus stand in Rangpur on Friday wounded several people, police said.\n\nA third victim has died in hospital, a doctor said.", "3r")]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people, police said.\n\nThe number of peoples died in the attack of the bus stand which happened last Friday has reach seven, after two more bodies were founded near the stand.", "5 7r")]
    [InlineData("A grenade exploded at a bus stand in Rangpur on Friday, killing five people, police said.", "5")]
    public void Running_tolls_are_marked(string text, string expected)
    {
        var article = new Article("running-toll", global::Sitrep.Sources.Headline.Prepend("Bus stand grenade in Rangpur", text), "Bus stand grenade in Rangpur", Published: new DateOnly(2021, 3, 2));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        Assert.Equal(expected, string.Join(" ", report.Killed.Select(f => $"{f.Value}{(f.Running ? "r" : "")}")));
    }
}
