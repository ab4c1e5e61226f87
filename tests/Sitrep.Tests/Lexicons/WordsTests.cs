using Sitrep.Lexicons;

namespace Sitrep.Tests.Lexicons;

/// <summary>The normalised words phrase lexicons are matched against (src/Sitrep.Core/Lexicons/Words.cs).</summary>
public class WordsTests
{
    [Theory]
    [InlineData("the Islamic State's branch", "the islamic state 's branch")]
    [InlineData("Hamas’s armed wing", "hamas 's armed wing")]
    // a common noun keeps its possessive: "a child's parent" names no child
    [InlineData("a child's parent", "a child's parent")]
    // an apostrophe inside a name is kept, and hyphens split words
    [InlineData("Da'ish and al-Qa'ida", "da'ish and al qa'ida")]
    [InlineData("Al-Qaeda's Sahel branch", "al qaeda 's sahel branch")]
    public void Splits_a_names_possessive(string text, string keys) =>
        Assert.Equal(keys, string.Join(' ', Words.Of(text).Select(w => w.Key)));
}
