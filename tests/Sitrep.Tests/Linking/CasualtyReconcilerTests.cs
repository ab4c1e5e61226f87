using Sitrep.Duplicates;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>The reconciliation policy of docs/LINKING.md, rule by rule.</summary>
public sealed class CasualtyReconcilerTests
{
    private static readonly CasualtyReconciler Reconciler = CasualtyReconciler.Default;
    private static readonly DateOnly Day1 = new(2016, 5, 23);

    [Fact]
    public void Best_is_the_highest_firm_figure_low_the_lowest_and_high_counts_upper_bounds()
    {
        var e = Reconciler.Reconcile([Figure(45, "a", "state media"), Figure(48, "b", "AFP"), Figure(60, "c", qualifier: Qualifiers.AtMost), Figure(null, "d", qualifier: Qualifiers.Dozens)]);
        Assert.Equal((48, 45, 60), (e.Best, e.Low, e.High));
        Assert.Equal(4, e.Reports.Count);
        Assert.False(e.Disputed);
    }

    [Fact]
    public void Sources_that_differ_by_more_than_a_tenth_are_flagged()
    {
        Assert.True(Reconciler.Reconcile([Figure(40, "a", "state media"), Figure(50, "b", "Syrian Observatory for Human Rights")]).Disputed);
        Assert.False(Reconciler.Reconcile([Figure(40, "a", "state media"), Figure(50, "b")]).Disputed);
    }

    [Fact]
    public void A_later_report_from_the_same_source_supersedes_its_earlier_one()
    {
        var e = Reconciler.Reconcile([Figure(12, "a", "state media", published: Day1), Figure(20, "b", "state media", published: Day1.AddDays(1)), Figure(15, "c", "AFP", published: Day1)]);
        Assert.Equal((20, 15, 20), (e.Best, e.Low, e.High));
        Assert.Equal(3, e.Reports.Count);
    }

    [Fact]
    public void A_correction_withdraws_its_figure_from_the_earlier_reports_of_the_incident_and_keeps_it_as_a_report()
    {
        // day 1: a town hall says six dead; day 2 another outlet's correction says the six was wrong and gives five
        var first = Figure(6, "first", "town hall", published: Day1);
        var withdrawn = Figure(6, "corrected", "town hall", published: Day1.AddDays(1)) with { Withdrawn = true };
        var corrected = Figure(5, "corrected", "health ministry", published: Day1.AddDays(1), start: 40);
        var e = Reconciler.Reconcile([first, withdrawn, corrected]);
        Assert.Equal((5, 5, 5), (e.Best, e.Low, e.High));
        Assert.Equal(3, e.Reports.Count);
        Assert.Single(e.Reports, r => r.Withdrawn);
        // a later report of the same number is news, not the error: it stands
        var later = Figure(6, "later", "police", published: Day1.AddDays(3));
        Assert.Equal(6, Reconciler.Reconcile([first, withdrawn, corrected, later]).Best);
        // without the correction the first figure stands
        Assert.Equal(6, Reconciler.Reconcile([first, corrected]).Best);
    }

    [Fact]
    public void A_perpetrators_own_figures_are_kept_but_not_trusted()
    {
        var outlet = Reconciler.Reconcile([Figure(7, "a", "police"), Figure(100, "b", "Amaq")]);
        Assert.Equal((7, 7, 7), (outlet.Best, outlet.Low, outlet.High));
        Assert.Equal(2, outlet.Reports.Count);
        var boast = Reconciler.Reconcile([Figure(7, "a", "police"), Figure(20, "b", "al Shabaab")], perpetrators: ["al Shabaab"]);
        Assert.Equal(7, boast.Best);
        Assert.Null(Reconciler.Reconcile([Figure(20, "b", "Amaq")]).Best);
    }

    [Fact]
    public void A_copy_repeating_its_originals_figure_is_counted_once_and_its_update_supersedes_it()
    {
        var copies = CopyMap.Build(new Dictionary<string, DateOnly?> { ["wire"] = Day1, ["reprint"] = Day1.AddDays(1) }, [NearDuplicate.Of("wire", "reprint", 0.9)]);
        var repeated = Reconciler.Reconcile([Figure(12, "wire"), Figure(12, "reprint", published: Day1.AddDays(1))], copies);
        Assert.Equal("wire", Assert.Single(repeated.Reports).Evidence.Document);

        var updated = Reconciler.Reconcile([Figure(12, "wire", published: Day1), Figure(15, "reprint", published: Day1.AddDays(1))], copies);
        Assert.Equal(2, updated.Reports.Count);
        Assert.Equal((15, 15, 15), (updated.Best, updated.Low, updated.High));
        // without the copy relation the two documents are two sources
        var independent = Reconciler.Reconcile([Figure(12, "wire", published: Day1), Figure(15, "reprint", published: Day1.AddDays(1))]);
        Assert.Equal((15, 12), (independent.Best, independent.Low));
    }

    /// <summary>
    /// A running toll ("the toll has climbed to five") on a later day updates the figures of earlier days, whoever gave
    /// them; figures of its own day and after stand. Each figure: value, day (1 = first), source (- for none), and "r"
    /// when it is a running toll.
    /// </summary>
    [Theory]
    [InlineData("4:1:police 6:1:mayor 5:3:-:r", 5)]          // Wednesday's risen toll over Monday's police and mayor
    [InlineData("4:1:- 6:1:- 5:2:hospital:r", 5)]            // a list of four and a wave-wide six, then five at the site
    [InlineData("4:1:police 6:1:mayor 5:1:-:r", 6)]          // a running toll of the same day updates nothing
    [InlineData("4:1:police 5:2:-:r 7:3:AFP", 7)]            // a later figure still stands after the running toll
    [InlineData("4:2:police 5:1:-:r", 5)]                    // an earlier running toll updates no later figure
    [InlineData("4:1:police 9:3:rebels:r", 4)]         // a perpetrator's running toll is not trusted at all
    public void A_later_running_toll_updates_the_figures_of_earlier_days(string figures, int best)
    {
        var list = figures.Split(' ').Select((spec, i) =>
        {
            var f = spec.Split(':');
            return Figure(int.Parse(f[0]), "doc" + f[1], f[2] == "-" ? null : f[2], published: Day1.AddDays(int.Parse(f[1]) - 1), start: i * 20)
                with { Running = f.Length > 3 && f[3] == "r" };
        });
        Assert.Equal(best, Reconciler.Reconcile(list, perpetrators: ["rebels"]).Best);
    }

    /// <summary>
    /// Deaths among the hurt that a later day's document tells with no toll of its own ("one of the wounded died on
    /// Tuesday": "a") add to the highest firm figure of the days before. Each figure: value, day, source, "a" when added.
    /// </summary>
    [Theory]
    [InlineData("7:1:- 1:4:-:a", 8)]                  // seven on Sunday, one of the wounded died: eight
    [InlineData("7:1:- 9:2:officials 1:4:-:a", 10)]  // the highest earlier figure, not the first
    [InlineData("7:1:- 1:1:-:a", 7)]                  // the same day's death adds nothing: the toll may hold it
    [InlineData("1:1:-:a", 1)]                        // alone it counts only itself
    [InlineData("7:1:- 1:4:-:a 8:4:police", 8)]       // its own day's toll that holds it
    public void Later_deaths_among_the_hurt_add_to_the_figures_of_earlier_days(string figures, int best)
    {
        var list = figures.Split(' ').Select((spec, i) =>
        {
            var f = spec.Split(':');
            return Figure(int.Parse(f[0]), "doc" + f[1] + "-" + i, f[2] == "-" ? null : f[2], published: Day1.AddDays(int.Parse(f[1]) - 1), start: i * 20)
                with { Added = f.Length > 3 && f[3] == "a" };
        });
        Assert.Equal(best, Reconciler.Reconcile(list).Best);
    }
}
