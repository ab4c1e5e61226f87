using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Who an attack hit, read from the victims themselves (data/lexicons/targets.tsv and target_links.tsv). Our own wording.
/// </summary>
public class TargetReadingTests
{
    private static IReadOnlyList<string> Targets(string text)
    {
        var article = new Article("target-reading", text, Published: new DateOnly(2021, 3, 9));
        return Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports).Targets;
    }

    /// <summary>The subject of a passive harm is the target: its own noun names the class.</summary>
    [Theory]
    [InlineData("The mayor of a small northern town was shot dead outside his home in Kano on Friday.", "government")]
    [InlineData("Two judges were seriously wounded in a grenade attack in Kano on Monday.", "government")]
    [InlineData("Three journalists were abducted on a highway outside Kano on Tuesday.", "journalists")]
    [InlineData("A prominent businessman, a father of four, was later found murdered in Kano on Sunday.", "business")]
    public void The_harmed_subject_is_the_target(string text, string target) => Assert.Contains(target, Targets(text));

    /// <summary>Security forces who shoot the attacker, or fight him, did not come under the attack.</summary>
    [Theory]
    [InlineData("A man who stabbed three shoppers in Kano on Saturday was shot dead by police.", "police")]
    [InlineData("The gunman who killed four people in Kano on Saturday died in a shootout with soldiers.", "military")]
    public void The_side_that_acted_is_no_target(string text, string target) => Assert.DoesNotContain(target, Targets(text));

    /// <summary>A link word does not reach across a comma: "On Monday, police arrested" tells when, not what was hit.</summary>
    [Fact]
    public void A_link_word_before_a_comma_ties_nothing() =>
        Assert.DoesNotContain("police", Targets("A bomb killed six people at a bus station in Kano on Sunday. On Monday, police arrested two men over the bombing."));

    /// <summary>People harmed or taken, and no site or group named: the victims were the target, civilians.</summary>
    [Theory]
    [InlineData("Gunmen shot dead five people in Kano on Sunday night.")]
    [InlineData("Unknown attackers wounded a man and his two sons in Kano on Sunday.")]
    [InlineData("Armed men kidnapped a local engineer in Kano on Sunday and demanded a ransom.")]
    public void Victims_without_a_site_are_civilians(string text) => Assert.Equal(["civilians"], Targets(text));

    /// <summary>When the attack names what it hit, the people killed there add no class of their own.</summary>
    [Theory]
    [InlineData("A suicide bomber killed five soldiers at an army checkpoint in Kano on Sunday.", "military")]
    [InlineData("A car bomb exploded outside a hotel in Kano on Sunday, killing seven people.", "business")]
    public void A_named_site_stands_alone(string text, string target) => Assert.Equal([target], Targets(text));
}
