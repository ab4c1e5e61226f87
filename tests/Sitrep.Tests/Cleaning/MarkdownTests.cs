using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A page kept as markdown (src/Sitrep.Core/Cleaning/Markdown.cs) is cleaned with the emphasis and the links inside its
/// sentences read through; marks that open a line or a sentence stay. Our own words.
/// </summary>
public class MarkdownTests
{
    /// <summary>A markdown page around the line: a heading above it and a line under it.</summary>
    private static string Page(string line) => "# Harbour district news\n\n" + line + "\n\nThe harbour office will publish its notice on Friday.\n";

    [Theory]
    // emphasis inside a sentence: its marks go, its words read on
    [InlineData("Officials said there was **no attack** at the depot.", "Officials said there was no attack at the depot.")]
    [InlineData("The crew lit __four smoke pots__ near the pier.", "The crew lit four smoke pots near the pier.")]
    [InlineData("A ferry named *Grey Heron* was late.", "A ferry named Grey Heron was late.")]
    // a link inside a line keeps its text alone; an image stays as written
    [InlineData("The mayor's [statement](https://harbour.example/s) came late.", "The mayor's statement came late.")]
    [InlineData("See ![the pier at dusk](https://harbour.example/p.jpg) here.", "See ![the pier at dusk](https://harbour.example/p.jpg) here.")]
    // marks that open the line or a sentence say what it is: a label, a question heading, a lead in bold
    [InlineData("- **Hurt:** two dockers", "- **Hurt:** two dockers")]
    [InlineData("**Who rang the alarm?**", "**Who rang the alarm?**")]
    [InlineData("The pier reopened. **Nobody was hurt.**", "The pier reopened. **Nobody was hurt.**")]
    // underscores inside a word and a lone star are no emphasis
    [InlineData("User pier_watch_2 posted at 5 * 3 minutes past.", "User pier_watch_2 posted at 5 * 3 minutes past.")]
    public void Reads_the_marks_inside_a_sentence_through(string line, string cleaned)
    {
        var document = BoilerplateCleaner.Clean(new Article("a", Page(line), "News"));
        Assert.Contains("\n" + cleaned + "\n", document.Text, StringComparison.Ordinal);
        CleanedText.AssertMapsBack(document);
    }

    [Fact]
    public void A_span_over_words_read_through_quotes_the_original()
    {
        var document = BoilerplateCleaner.Clean(new Article("a", Page("Officials said there was **no attack** at the [old depot](https://harbour.example/d)."), "News"));
        var at = document.Text.IndexOf("no attack at the old depot", StringComparison.Ordinal);
        Assert.True(at >= 0, document.Text);
        Assert.Equal("no attack** at the [old depot", document.Evidence("event", new TextSpan(at, at + "no attack at the old depot".Length)).Quote);
    }

    [Theory]
    [InlineData("# Title\n\nThere was **no attack** here.", true)]
    [InlineData("Title\n=====\n\nRead the [notice](https://x.example/n) first.", true)]
    // a heading with no marks inside a line, or marks with no heading, is no markdown page
    [InlineData("# Title\n\nPlain words only.", false)]
    [InlineData("There was **no attack** here.\nNo heading at all.", false)]
    public void Tells_a_markdown_page(string text, bool markdown) => Assert.Equal(markdown, Markdown.Is(text));
}
