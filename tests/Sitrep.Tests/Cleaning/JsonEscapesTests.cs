using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A JSON response saved as it came (src/Sitrep.Core/Cleaning/JsonEscapes.cs) is cleaned with its strings' escapes
/// decoded, and a span over a decoded character quotes its whole escape. Our own words.
/// </summary>
public class JsonEscapesTests
{
    [Theory]
    [InlineData("{\n  \"body\": \"A blast in Bogot\\u00e1 hurt two.\\n\\nPolice closed the road.\"\n}", "A blast in Bogotá hurt two.\n")]
    [InlineData("{\n  \"text\": \"The mayor said \\\"six dead\\\" at the market in Sal\\u00e9.\"\n}", "The mayor said \"six dead\" at the market in Salé.")]
    public void Cleans_the_decoded_text(string original, string decoded)
    {
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        Assert.Contains(decoded, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_over_a_decoded_character_quotes_the_whole_escape()
    {
        const string original = "{\n  \"body\": \"Gunmen fired on the post at Bogot\\u00e1 on Sunday.\\nTwo guards died.\"\n}";
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        var town = document.Text.IndexOf("Bogot", StringComparison.Ordinal);
        Assert.Equal("Bogot\\u00e1", document.Evidence("location", new TextSpan(town, town + "Bogotá".Length)).Quote);
    }

    [Theory]
    // a text with no JSON field keeps its backslashes, however many
    [InlineData("The file sat in C:\\new\\user on the \\u00e9 drive.", false)]
    // one escape alone is too few
    [InlineData("{\n  \"body\": \"Six hurt in Bogot\\u00e1.\"\n}", false)]
    [InlineData("{\n  \"body\": \"Six hurt in Bogot\\u00e1.\\nRoad shut.\"\n}", true)]
    [InlineData("{\n  \"body\": \"A surrogate pair \\ud83d\\ude00 and a line\\nbreak.\"\n}", true)]
    public void Tells_a_json_text_with_escapes(string text, bool escaped) => Assert.Equal(escaped, JsonEscapes.IsEscaped(text));
}
