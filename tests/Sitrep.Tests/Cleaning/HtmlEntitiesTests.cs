using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A text that keeps a page's character references (src/Sitrep.Core/Cleaning/HtmlEntities.cs) is cleaned decoded, and
/// a span over a decoded character quotes its whole reference. Our own words.
/// </summary>
public class HtmlEntitiesTests
{
    [Theory]
    [InlineData("The Frente Sur de Vall&eacute;s was blamed.", "The Frente Sur de Vallés was blamed.")]
    [InlineData("Police &amp; army units came at&nbsp;dawn.", "Police & army units came at dawn.")]
    [InlineData("The mayor&#x27;s aide said &#8220;six dead&#8221;.", "The mayor's aide said \u201Csix dead\u201D.")]
    [InlineData("A blast in Bogot&#225; hurt two.", "A blast in Bogotá hurt two.")]
    // an ampersand that opens no known reference stays as written
    [InlineData("The R&D unit and &nosuch; stay.", "The R&D unit and &nosuch; stay.")]
    public void Cleans_the_decoded_text(string original, string cleaned)
    {
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        Assert.Equal(cleaned, document.Text);
    }

    [Fact]
    public void A_span_over_a_decoded_character_quotes_the_whole_reference()
    {
        const string original = "Gunmen of the Frente Vall&eacute; fired on the post at Bogot&aacute;.";
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        var group = document.Text.IndexOf("Frente", StringComparison.Ordinal);
        var town = document.Text.IndexOf("Bogot", StringComparison.Ordinal);
        Assert.Equal("Frente Vall&eacute;", document.Evidence("perpetrator", new TextSpan(group, group + "Frente Vallé".Length)).Quote);
        Assert.Equal("Bogot&aacute;", document.Evidence("location", new TextSpan(town, town + "Bogotá".Length)).Quote);
        Assert.Equal("&aacute;", document.Evidence("location", new TextSpan(town + 5, town + 6)).Quote);
    }

    [Fact]
    public void References_in_a_quoted_printable_text_map_back_through_both_decodings()
    {
        // the e-mail's soft breaks and escapes first, then the page's references inside it
        const string original = "The hospital in Popay&aacute;n took six=\n wounded =E2=80=94 police said=20\nthe sch=\nool was hit&nbsp;too.\n";
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        Assert.Equal("The hospital in Popayán took six wounded \u2014 police said\nthe school was hit too.", document.Text);
        var town = document.Text.IndexOf("Popay", StringComparison.Ordinal);
        Assert.Equal("Popay&aacute;n", document.Evidence("location", new TextSpan(town, town + "Popayán".Length)).Quote);
        var school = document.Text.IndexOf("school", StringComparison.Ordinal);
        Assert.Equal("sch=\nool", document.Evidence("targets", new TextSpan(school, school + 6)).Quote);
    }

    [Theory]
    [InlineData("plain text with no references", false)]
    [InlineData("Salt & pepper; R&D; &nosuch;", false)]
    [InlineData("one &amp; only", true)]
    [InlineData("a code &#233;", true)]
    public void Tells_a_text_with_references(string text, bool has) => Assert.Equal(has, HtmlEntities.Has(text));

    [Fact]
    public void A_feed_decodes_its_own_fields()
    {
        const string feed = "<?xml version=\"1.0\"?><rss><channel><item><title>Blast at the dam</title>"
                            + "<description>&lt;p&gt;Two guards hurt at the dam&lt;/p&gt;</description></item></channel></rss>";
        var document = BoilerplateCleaner.Clean(new Article("a", feed, "News"));
        Assert.Equal("Blast at the dam\nTwo guards hurt at the dam", document.Text);
    }
}
