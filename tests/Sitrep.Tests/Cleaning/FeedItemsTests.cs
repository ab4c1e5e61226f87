using Sitrep.Application;
using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A news feed scraped as its markup (<see cref="FeedItems"/>): each item's title, date and summary on lines of their
/// own, the items apart, the channel's furniture dropped, entities decoded and tags no words. Our own feed.
/// </summary>
public class FeedItemsTests
{
    private const string Feed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<rss version=\"2.0\">\n<channel>\n" +
        "<title>Valley Herald - all stories</title>\n<link>https://herald.example/</link>\n" +
        "<description>Stories from Kano and around</description>\n<lastBuildDate>Thu, 11 Mar 2021 20:00:00 +0000</lastBuildDate>\n" +
        "<item>\n<title>Depot guard dies of his wounds after Kano raid</title>\n<link>https://herald.example/a3</link>\n" +
        "<guid isPermaLink=\"false\">vh-a3</guid>\n<author>desk@herald.example</author>\n<pubDate>Thu, 11 Mar 2021 19:10:00 +0000</pubDate>\n" +
        "<description>&lt;p&gt;A guard shot when gunmen raided the fuel depot in Kano this morning has died in hospital, the police said.&lt;/p&gt;" +
        "&lt;p&gt;Two other guards are still being treated &amp;amp; are said to be stable.&lt;/p&gt;</description>\n</item>\n" +
        "<item>\n<title>Council backs new cycle lanes</title>\n<link>https://herald.example/a2</link>\n" +
        "<pubDate>Thu, 11 Mar 2021 15:00:00 +0000</pubDate>\n" +
        "<description>&lt;p&gt;Councillors voted to paint lanes on the ring road by summer.&lt;/p&gt;</description>\n</item>\n" +
        "<item>\n<title>Baker jailed for stabbing a bus conductor</title>\n<link>https://herald.example/a1</link>\n" +
        "<pubDate>Thu, 11 Mar 2021 12:00:00 +0000</pubDate>\n" +
        "<description>&lt;p&gt;A baker was jailed for four years for stabbing a bus conductor with a knife outside a bar in Zaria in May 2019.&lt;/p&gt;" +
        "&lt;p&gt;The conductor needed stitches to his arm.&lt;/p&gt;</description>\n</item>\n" +
        "<item>\n<title>Kano fuel depot raid: three guards shot, gunmen flee</title>\n<link>https://herald.example/a0</link>\n" +
        "<pubDate>Thu, 11 Mar 2021 09:30:00 +0000</pubDate>\n" +
        "<description>&lt;p&gt;Gunmen opened fire on the guards of a fuel depot in Kano at dawn, wounding three of them, before they fled " +
        "&lt;a href=&quot;https://herald.example/live&quot;&gt;on foot&lt;/a&gt;.&lt;/p&gt;</description>\n</item>\n" +
        "</channel>\n</rss>\n";

    private static Article Article(string text) => new("feed-items", text, Published: new DateOnly(2021, 3, 11));

    [Fact]
    public void A_feed_is_read_as_its_items()
    {
        Assert.True(FeedItems.IsFeed(Feed));
        Assert.False(FeedItems.IsFeed("Gunmen raided a depot in Kano.\n<item>not a feed</item>"));
        var doc = BoilerplateCleaner.Clean(Article(Feed));
        Assert.Equal(
            "Depot guard dies of his wounds after Kano raid\nThu, 11 Mar 2021 19:10:00 +0000\n" +
            "A guard shot when gunmen raided the fuel depot in Kano this morning has died in hospital, the police said.\n" +
            "Two other guards are still being treated & are said to be stable.\n\n" +
            "Council backs new cycle lanes\nThu, 11 Mar 2021 15:00:00 +0000\nCouncillors voted to paint lanes on the ring road by summer.\n\n" +
            "Baker jailed for stabbing a bus conductor\nThu, 11 Mar 2021 12:00:00 +0000\n" +
            "A baker was jailed for four years for stabbing a bus conductor with a knife outside a bar in Zaria in May 2019.\n" +
            "The conductor needed stitches to his arm.\n\n" +
            "Kano fuel depot raid: three guards shot, gunmen flee\nThu, 11 Mar 2021 09:30:00 +0000\n" +
            "Gunmen opened fire on the guards of a fuel depot in Kano at dawn, wounding three of them, before they fled on foot.",
            doc.Text);
    }

    [Fact]
    public void Kept_text_leads_back_to_the_feed()
    {
        var doc = BoilerplateCleaner.Clean(Article(Feed));
        var at = doc.Text.IndexOf("Council backs new cycle lanes", StringComparison.Ordinal);
        var span = doc.ToOriginal(new TextSpan(at, at + "Council backs new cycle lanes".Length));
        Assert.Equal("Council backs new cycle lanes", span.Of(Feed));
        Assert.True(FeedItems.OpensItem(Feed, span.Start));
        var word = doc.Text.IndexOf("wounding three", StringComparison.Ordinal);
        Assert.Equal("wounding three", doc.ToOriginal(new TextSpan(word, word + 14)).Of(Feed));
    }

    [Fact]
    public void Each_item_is_a_story_of_its_own()
    {
        var reports = ArticleAnalyzer.Default.Analyze(Article(Feed)).Reading.Reports;
        // the depot's two items are one attack; the court item's knife and bus conductor stay out of it
        var depot = Assert.Single(reports, r => r.Place?.Name == "Kano");
        Assert.DoesNotContain("knife", depot.Weapons);
        Assert.DoesNotContain("transportation", depot.Targets);
        Assert.DoesNotContain("government", depot.Targets);
    }
}
