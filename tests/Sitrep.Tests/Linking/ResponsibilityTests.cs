using Sitrep.Linking;
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
