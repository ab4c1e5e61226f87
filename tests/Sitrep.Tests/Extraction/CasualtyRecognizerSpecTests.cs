using Sitrep.Extraction;
using Sitrep.Model;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Extraction;

/// <summary>The casualty frames of casualties.spec.tsv: one line a case.</summary>
public class CasualtyRecognizerSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Extraction", "casualties.spec.tsv", 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_figures_of_a_sentence(int line, string headline, string sentence, string expected)
    {
        var isHeadline = headline == "yes";
        var (doc, target) = SpecSentence.Annotate($"spec-{line}", sentence, isHeadline);

        var found = CasualtyRecognizer.Default.Recognize(doc, target, headline: isHeadline)
            .Select(m => m.Qualifier == Qualifiers.Exact ? $"{m.Kind}:{m.Value}" : $"{m.Kind}:{m.Value}:{m.Qualifier}");

        var actual = string.Join(' ', found);
        Assert.True((actual.Length == 0 ? "-" : actual) == expected, $"casualties.spec.tsv:{line}: '{sentence}' read as '{actual}', expected '{expected}'");
    }
}
