using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>Responsibility merged across reports: a later claim upgrades "attributed" to "claimed"; a denial is kept.</summary>
public sealed class ResponsibilityTests
{
    private static readonly DateOnly Day1 = new(2016, 5, 23);

    [Fact]
    public void A_later_claim_upgrades_attributed_to_claimed()
    {
        var merged = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Islamic State", responsibility: "attributed", published: Day1),
            Report("b", perpetrator: "Islamic State", responsibility: "claimed", published: Day1.AddDays(1))]);
        Assert.Equal(("Islamic State", "claimed"), merged);
    }

    [Fact]
    public void A_denial_is_kept_over_others_blame_and_a_later_claim_overrides_it()
    {
        var denied = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Tehrik-i-Taliban Pakistan", responsibility: "attributed", published: Day1),
            Report("b", perpetrator: "Tehrik-i-Taliban Pakistan", responsibility: "denied", published: Day1)]);
        Assert.Equal(("Tehrik-i-Taliban Pakistan", "denied"), denied);

        var claimedLater = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Tehrik-i-Taliban Pakistan", responsibility: "denied", published: Day1),
            Report("b", perpetrator: "Tehrik-i-Taliban Pakistan", responsibility: "claimed", published: Day1.AddDays(2))]);
        Assert.Equal(("Tehrik-i-Taliban Pakistan", "claimed"), claimedLater);
    }

    /// <summary>A report that tells the accused's denial without naming it: responsibility denied, no perpetrator.</summary>
    private static IncidentReport NamelessDenial(string article, DateOnly published) =>
        Report(article, published: published) with { Responsibility = "denied" };

    [Fact]
    public void A_later_denial_that_does_not_name_the_accused_turns_the_blamed_group_to_denied()
    {
        // one outlet names the group the minister blames; the next day another tells only that "the group accused by the
        // minister" denies (a report with responsibility denied and no perpetrator)
        var denied = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Boko Haram", responsibility: "attributed", published: Day1),
            NamelessDenial("b", Day1.AddDays(1))]);
        Assert.Equal(("Boko Haram", "denied"), denied);

        var sameDay = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Boko Haram", responsibility: "suspected", published: Day1),
            NamelessDenial("b", Day1)]);
        Assert.Equal(("Boko Haram", "denied"), sameDay);
    }

    [Fact]
    public void A_nameless_denial_before_any_blame_or_against_a_claim_changes_nothing()
    {
        var earlier = IncidentBuilder.Responsibility([
            NamelessDenial("a", Day1),
            Report("b", perpetrator: "Boko Haram", responsibility: "attributed", published: Day1.AddDays(1))]);
        Assert.Equal(("Boko Haram", "attributed"), earlier);

        var claimed = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "Boko Haram", responsibility: "claimed", published: Day1),
            NamelessDenial("b", Day1.AddDays(1))]);
        Assert.Equal(("Boko Haram", "claimed"), claimed);

        // with no group named anywhere there is no one to give the denial to
        Assert.Equal(((string?)null, "unknown"), IncidentBuilder.Responsibility([NamelessDenial("a", Day1)]));
    }

    [Fact]
    public void The_actor_with_the_strongest_statement_wins_and_no_actor_is_unknown()
    {
        var merged = IncidentBuilder.Responsibility([
            Report("a", perpetrator: "al Nusra Front", responsibility: "suspected"),
            Report("b", perpetrator: "Islamic State", responsibility: "attributed"),
            Report("c")]);
        Assert.Equal(("Islamic State", "attributed"), merged);
        Assert.Equal(((string?)null, "unknown"), IncidentBuilder.Responsibility([Report("a")]));
    }
}
