using Sitrep.Annotation;
using Sitrep.Cleaning;
using Sitrep.Extraction;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// "N of them" whose "them" are the people the sentence before counted: a part of the hurt, no count of its own.
/// Sentences written for these tests.
/// </summary>
public class PartOfThemTests
{
    private static string Read(string before, string sentence)
    {
        var text = "Reporters were at the scene.\n\n" + before + "\n\n" + sentence;
        var doc = Annotator.Default.Annotate(BoilerplateCleaner.Clean(new Article("part-of-them", text, "Reporters were at the scene.")));
        var target = doc.Sentences.Single(s => doc.Text.Substring(s.Start, s.End - s.Start).StartsWith(sentence[..12]));
        return string.Join(' ', CasualtyRecognizer.Default.Recognize(doc, target, headline: false).Select(m => $"{m.Kind}:{m.Value}"));
    }

    [Theory]
    // the people "them" stands for were counted the sentence before: the part of them counts no one
    [InlineData("Nine pupils were flown to the regional hospital.", "The hospital said three of them were in a critical condition.", "")]
    [InlineData("Twelve other commuters were taken to a clinic in the town.", "A nurse said four of them were seriously wounded.", "")]
    // nothing counted before: "them" names the hurt for the first time
    [InlineData("Gunmen fired on the farmers as they left the field.", "Police said three of them were wounded.", "injured:3")]
    // a larger figure before that counts no people (a time, an hour) holds no part
    [InlineData("The shots were fired at about 10:30 near the market.", "Witnesses said two of them were seriously wounded.", "injured:2")]
    public void Reads_a_part_of_them_against_the_count_before(string before, string sentence, string expected) =>
        Assert.Equal(expected, Read(before, sentence));

    [Theory]
    // a sentence opened by "N of them" after one that names the attackers counts them, no victims (PartOfAttackers)
    [InlineData("And what of the raiders?", "Five of them were killed.", "")]
    [InlineData("Troops then went after the gunmen.", "Two of them were shot dead in the hills.", "")]
    // the people named before are the victims: their part still counts
    [InlineData("Raiders fired on a group of herders at the well.", "Two of them were killed.", "killed:2")]
    // attackers named earlier in the sentence before, people of no victim noun last: "them" are those people
    [InlineData("A gunman burst into the hall and fired at the dancers.", "Two of them were killed.", "killed:2")]
    public void Reads_n_of_them_against_the_people_of_the_sentence_before(string before, string sentence, string expected) =>
        Assert.Equal(expected, Read(before, sentence));
}
