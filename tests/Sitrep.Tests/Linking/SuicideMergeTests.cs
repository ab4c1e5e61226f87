using Sitrep.Linking;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>Whether the incident was a suicide attack, merged across reports: a report that says so wins, then one that says not.</summary>
public sealed class SuicideMergeTests
{
    [Theory]
    [InlineData("-,-", "-")]
    [InlineData("-,false", "false")]
    [InlineData("false,true", "true")]
    [InlineData("true,-", "true")]
    public void A_report_that_says_suicide_wins_then_one_that_says_not(string told, string expected)
    {
        var reports = told.Split(',').Select((t, i) => Report($"r{i}") with { Suicide = t == "-" ? null : bool.Parse(t) }).ToList();
        var merged = IncidentBuilder.Suicide(reports);
        Assert.Equal(expected, merged is { } b ? (b ? "true" : "false") : "-");
    }
}
