using Sitrep.Extraction;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Extraction;

/// <summary>The street keys of streets.spec.tsv: one line a case.</summary>
public class StreetReaderSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Extraction", "streets.spec.tsv", 2);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_streets_of_a_sentence(int line, string sentence, string expected)
    {
        var (doc, target) = SpecSentence.Annotate($"streets-{line}", sentence);

        var keys = StreetReader.Default.Read(doc, [target]);

        var actual = keys.Count == 0 ? "-" : string.Join('|', keys);
        Assert.True(actual == expected, $"streets.spec.tsv:{line}: '{sentence}' read as '{actual}', expected '{expected}'");
    }
}
