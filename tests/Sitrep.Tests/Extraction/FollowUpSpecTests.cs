using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Follow-up articles of follow_ups.spec.tsv (an arrest, a charge, a verdict after an attack), without title or
/// publication date: the report each yields of the attack it follows up, with that attack's own date.
/// </summary>
public class FollowUpSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Extraction", "follow_ups.spec.tsv", 2);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_attack_an_article_follows_up(int line, string text, string expected)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article($"follow-{line}", text)).Reading;

        var actual = string.Join("; ", reading.Reports.Select(r =>
            $"{r.Place?.Name ?? "?"}|{r.Date ?? "-"}|{r.EventType}|{r.Killed.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max()}"));
        Assert.True((actual.Length == 0 ? "-" : actual) == expected, $"follow_ups.spec.tsv:{line}: read as '{actual}', expected '{expected}'");
    }
}
