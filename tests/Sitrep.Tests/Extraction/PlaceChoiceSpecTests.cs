using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Extraction;

/// <summary>The places of the incidents read from the articles of places.spec.tsv: one line a case.</summary>
public class PlaceChoiceSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Extraction", "places.spec.tsv", 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_the_incidents(int line, string title, string text, string expected)
    {
        var article = new Article($"places-spec-{line}", title + "\n\n" + text, title, Published: new DateOnly(2016, 1, 15));
        var reading = ArticleAnalyzer.Default.Analyze(article).Reading;

        var actual = string.Join("; ", reading.Reports.Select(r => r.Place is null ? "?" : $"{r.Place.Name}/{r.Place.Admin1Code}"));
        Assert.True(actual == expected, $"places.spec.tsv:{line}: '{title}' placed at '{actual}', expected '{expected}'");
    }
}
