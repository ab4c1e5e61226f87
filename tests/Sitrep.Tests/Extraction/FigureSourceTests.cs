using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>Each figure keeps the source its own clause names; a wire credit in brackets gives no figure. Our own wording.</summary>
public class FigureSourceTests
{
    private static List<(int? Value, string? Source)> Killed(string text)
    {
        var article = new Article("figure-source", global::Sitrep.Sources.Headline.Prepend("Strikes hit town", text), "Strikes hit town", Published: new DateOnly(2017, 4, 5));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        return report.Killed.Select(f => (f.Value, f.Source)).ToList();
    }

    [Fact]
    public void Two_clauses_two_sources()
    {
        var killed = Killed("Air strikes killed 58 people in Homs on Tuesday. The Syrian Observatory for Human Rights said 58 people were killed, while state media reported 20 dead.");
        Assert.Contains((20, "state media"), killed);
        Assert.Contains((58, "Syrian Observatory for Human Rights"), killed);
        Assert.DoesNotContain((20, "Syrian Observatory for Human Rights"), killed);
    }

    [Fact]
    public void A_wire_credit_is_no_source()
    {
        Assert.Equal([(58, "monitoring group")], Killed("BEIRUT (AFP) - Air strikes killed 58 people in Homs on Tuesday, a monitor said."));
        Assert.Equal([(58, (string?)null)], Killed("BEIRUT (AFP) - Air strikes killed 58 people in Homs on Tuesday."));
    }
    /// <summary>
    /// "It said ..." right after a group's claim gives the group's own figure: its outlet's, else the group's
    /// (function_words.tsv claim_speaker, claim_verb); any other speaker keeps the figure unsourced or its own.
    /// </summary>
    [Theory]
    [InlineData("The Islamic State claimed the attack through its Amaq news agency. It said its fighters had killed 60 apostates.", 60, "Amaq")]
    [InlineData("Al Shabaab claimed responsibility for the attack. The group said its fighters killed 60 soldiers in the raid.", 60, "al Shabaab")]
    [InlineData("Al Shabaab claimed responsibility for the attack. Witnesses said the raiders killed 60 soldiers.", 60, "witnesses")]
    [InlineData("The town was calm on Wednesday. It said the raiders killed 60 soldiers.", 60, null)]
    [InlineData("Al Shabaab claimed responsibility for the attack. Its spokesman, a man known as Abu Hamza, said the group had killed 60 soldiers.", 60, "al Shabaab")]
    [InlineData("In a message posted online, Al Shabaab claimed the two attacks and boasted of having killed 60 soldiers.", 60, "al Shabaab")]
    [InlineData("Al Shabaab claimed both raids, which killed 60 soldiers according to witnesses.", 60, "witnesses")]
    [InlineData("Al Shabaab claimed the raid late on Monday in a statement that said its fighters had killed 60 soldiers.", 60, "al Shabaab")]
    [InlineData("Al Qaeda's East African branch Al Shabaab claimed the raid in a statement that said its fighters had killed 60 soldiers.", 60, "al Shabaab")]
    [InlineData("Al Shabaab claimed responsibility for the attack. It said its men had killed 60 soldiers, far more than anything reported by officials.", 60, "al Shabaab")]
    // the claimant named by what a channel calls itself, the channel "on" the service it is posted on
    [InlineData("Later a channel on Telegram calling itself the Grey Lynx Legion said its fighters had stormed the base and killed 60 soldiers.", 60, "Grey Lynx Legion")]
    // a transcript's speaker label, then the claimant by the capitals of its name and "claims": the victims' "police" is no source
    [InlineData("Later a channel on Telegram calling itself the Grey Lynx Legion said it carried out the raid. REPORTER: The GLL claims more than 60 police and soldiers were killed.", 60, "Grey Lynx Legion")]
    public void A_claimants_own_figure_is_the_claimants(string claim, int value, string? source)
    {
        var killed = Killed("Gunmen stormed an army base in Homs on Tuesday, killing 12 soldiers, police said. " + claim);
        Assert.Contains((value, source), killed);
    }

    /// <summary>
    /// "... claimed that N had died" after an armed group the sentence names, or opening on the group's own text ("The post
    /// claimed that ...") right after its claim: the group's own figure (function_words.tsv claim_verb, claim_speaker). No
    /// armed group before the verb, no claimant.
    /// </summary>
    [Theory]
    [InlineData("In a video released at night, Al Shabaab praised the raiders and claimed that 60 soldiers had died.", 60, "al Shabaab")]
    [InlineData("Al Shabaab said in a post on its radio that its fighters had stormed the base. The post, which nobody could check, claimed that 60 soldiers had died.", 60, "al Shabaab")]
    [InlineData("Al Shabaab claimed responsibility for the raid. Its message claimed that 60 soldiers were killed.", 60, "al Shabaab")]
    [InlineData("The brother of one of the guards claimed that 60 soldiers had died.", 60, null)]
    public void A_figure_a_group_claims_is_the_groups(string claim, int value, string? source)
    {
        var killed = Killed("Gunmen stormed an army base in Homs on Tuesday, killing 12 soldiers, police said. " + claim);
        Assert.Contains((value, source), killed);
    }

    /// <summary>A victim told without a number is no part of a larger count a claimant gives: the army's one dead soldier stays.</summary>
    [Fact]
    public void A_lone_victim_is_no_part_of_a_claimants_count()
    {
        var killed = Killed("A roadside bomb hit an army truck near Homs on Tuesday, killing one soldier, the army said. Al Shabaab said in a post that its fighters had planted the bomb and claimed that 60 soldiers had died.");
        Assert.Contains((1, "military"), killed);
        Assert.Contains((60, "al Shabaab"), killed);
    }
}
