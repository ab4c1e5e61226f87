using Sitrep.Annotation;
using Sitrep.Cleaning;
using Sitrep.Extraction;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A count of the dead given again ("the number is six") right after a sentence that told deaths is the running toll;
/// without deaths told just before, the same words count no one (function_words.tsv kind restated_toll). Our own wording.
/// </summary>
public class RestatedTollTests
{
    /// <summary>The figures of the last sentence of <paramref name="text"/>, as kind:value.</summary>
    private static string Figures(string text)
    {
        var doc = Annotator.Default.Annotate(BoilerplateCleaner.Clean(new Article("restated-toll", text, "Depot attack")));
        var found = CasualtyRecognizer.Default.Recognize(doc, doc.Sentences[^1]);
        return string.Join(' ', found.Select(m => $"{m.Kind}:{m.Value}{(m.Total ? ":total" : "")}"));
    }

    [Theory]
    [InlineData("Reporters were at the depot.\n\nThe army count was three dead. A nurse at the clinic says the number is seven.", "killed:7:total")]
    [InlineData("Reporters were at the depot.\n\nTwo guards died at the gate. The ward says the figure was five by night.", "killed:5:total")]
    // no deaths told just before: a telephone's number, a count of trucks
    [InlineData("Reporters were at the depot.\n\nCall the hotline: the number is 112.", "")]
    [InlineData("Reporters were at the depot.\n\nThe army counted the trucks. The clerk says the number is seven.", "")]
    // a running count that closes its sentence, after a death told
    [InlineData("Reporters were at the depot.\n\nOn Friday the cook died of his burns. So now it is three.", "killed:3:total")]
    [InlineData("Reporters were at the depot.\n\nA second guard died overnight. That makes two.", "killed:2:total")]
    // words after the figure, or no death told before: no count
    [InlineData("Reporters were at the depot.\n\nA second guard died overnight. That makes two trucks lost.", "")]
    [InlineData("Reporters were at the depot.\n\nThe clerk counted the trucks again. So now it is three.", "")]
    public void Reads_a_count_of_the_dead_given_again(string text, string expected) =>
        Assert.Equal(expected, Figures(text));
}
