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

    /// <summary>A site said to be harmed or aimed at, after a form of "be", is the target ("was damaged", "was the target").</summary>
    [Theory]
    [InlineData("The offices of a local bank were badly damaged when a bomb exploded in Kano on Sunday night.", "business")]
    [InlineData("Two clinics were hit when rebels fired rockets into Kano on Sunday.", "health")]
    [InlineData("The tax office was the main target of a grenade attack in Kano on Sunday.", "government")]
    public void The_harmed_site_is_the_target(string text, string target) => Assert.Contains(target, Targets(text));

    /// <summary>Damage tells what the attack hit: "caused heavy damage to the consulate".</summary>
    [Fact]
    public void Damage_ties_the_site() =>
        Assert.Contains("diplomatic", Targets("A powerful explosion on Sunday caused heavy damage to the Turkish consulate in Kano."));

    /// <summary>A victim described by the harm done to him, anywhere in the report: "the slain minister".</summary>
    [Theory]
    [InlineData("Gunmen opened fire on a car in Kano on Friday. The governor ordered three days of mourning for the murdered minister.", "government")]
    [InlineData("Gunmen opened fire on a car in Kano on Friday. Colleagues gathered to remember the slain reporter.", "journalists")]
    public void The_victim_named_by_his_harm_is_the_target(string text, string target) => Assert.Contains(target, Targets(text));

    /// <summary>Officials by their title (targets.tsv): an attorney general, a councillor, a magistrate is government.</summary>
    [Theory]
    [InlineData("The attorney general was shot dead in Kano on Monday.")]
    [InlineData("Two town councillors were wounded in a grenade attack in Kano on Monday.")]
    [InlineData("A senior magistrate was abducted outside a courtroom in Kano on Monday.")]
    public void An_official_is_government(string text) => Assert.Contains("government", Targets(text));

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
