using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A database record kept as YAML-like text (src/Sitrep.Core/Cleaning/YamlRecord.cs) is cleaned as its block fields'
/// prose alone; its metadata fields (ids, bylines, tags, the places and figures it is filed under) are no sentences. Our own words.
/// </summary>
public class YamlRecordTests
{
    private const string Record =
        "# dump of one story, archive tool v1\n"
        + "story_id: 2019-0311-0007\n"
        + "title: |-\n  Gunmen raid a farm near Elmwood\n"
        + "state: live\n"
        + "author: Jo Bright, reporting from Ashford\n"
        + "filed_under:\n  town: Ashford\n  dead: 7\n"
        + "labels:\n  - farms\n  - Ashford\n"
        + "text: |\n  Two farm hands were shot dead at a farm near Elmwood on Sunday, police said.\n\n  The wounded were driven to the clinic in Ashford.\n"
        + "slug: gunmen-raid-farm-elmwood\n";

    [Fact]
    public void Reads_the_block_fields_alone()
    {
        var (text, _) = YamlRecord.Decode(Record);
        Assert.Equal("Gunmen raid a farm near Elmwood\n\n"
                     + "Two farm hands were shot dead at a farm near Elmwood on Sunday, police said.\n"
                     + "The wounded were driven to the clinic in Ashford.", text);
    }

    [Fact]
    public void Maps_every_kept_character_back_to_itself()
    {
        var document = BoilerplateCleaner.Clean(new Article("a", Record, "News"));
        Assert.Contains("shot dead at a farm near Elmwood", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("story_id", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reporting from Ashford", document.Text, StringComparison.Ordinal);
        CleanedText.AssertMapsBack(document);
    }

    [Theory]
    [InlineData(Record, true)]
    // fields with no block of prose, and a transcript's speaker lines, are no record to read so
    [InlineData("story_id: 7\nstate: live\nauthor: Jo\ntown: Ashford\ndead: 7\nslug: x\n", false)]
    [InlineData("Q: Where were you?\nA: At the farm.\nQ: What did you see? |\nA: Two men with rifles.\n", false)]
    [InlineData("Police said: |\nthe farm was closed.\n", false)]
    public void Tells_a_record(string text, bool record) => Assert.Equal(record, YamlRecord.Is(text));
}
