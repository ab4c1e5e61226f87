using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class SiteNameTests
{
    // title | outlet (or empty) | expected site names ("\n" between), or empty for none
    [Theory]
    [InlineData("Man hurt in crash | KXYZ News Riverside", "", "| KXYZ News Riverside")]
    [InlineData("Man hurt in crash « CBS Riverside", "", "« CBS Riverside")]
    [InlineData("Man hurt in crash - The Riverside Daily Times", "", "- The Riverside Daily Times")]
    [InlineData("Man hurt in crash", "", "")]
    [InlineData("Man hurt in crash", "Riverside Gazette", "Riverside Gazette")]
    [InlineData("Man hurt in crash | News 4", "Riverside Gazette", "| News 4\nRiverside Gazette")]
    public void Is_what_the_title_carries_after_its_headline_and_the_outlet(string title, string outlet, string expected)
    {
        var article = new Article("site-test", "Body text.", title, Outlet: outlet.Length == 0 ? null : outlet);
        Assert.Equal(expected.Length == 0 ? null : expected, SiteName.Of(article));
    }

    // web address | expected sections ("\n" between), or empty for none
    [Theory]
    [InlineData("https://lakeview.example-tv.com/news/2024/05/03/two-hurt-in-lakeview-crash/", "Lakeview\nNews")]
    [InlineData("https://www.example-daily.com/new-york/queens/man-shot-outside-deli-article-1.23456", "New York\nQueens")]
    [InlineData("http://m.example.com/local-news/news-fresno/woman-hurt-in-crash/998877", "Local News\nNews Fresno")]
    [InlineData("https://example.com/story/gunman-opens-fire-at-a-county-fair", "Story")]
    [InlineData("https://example.com/", "")]
    [InlineData("not an address", "")]
    [InlineData("ftp://files.example.com/ohio/report.txt", "")]
    public void A_web_address_gives_its_host_and_section_names(string address, string expected) =>
        Assert.Equal(expected, string.Join("\n", SiteName.AddressSections(address)));

    [Theory]
    [InlineData("http: / / queens. example. com / news / man - hurt - in - crash\nMan hurt in crash\nA man was hurt.", null, "Queens\nNews")]
    [InlineData("https://example.com/ohio/man-hurt-in-crash\nA man was hurt.", null, "Ohio")]
    [InlineData("A man was hurt.\nhttps://example.com/ohio/man-hurt-in-crash", null, null)]
    [InlineData("http: / / queens. example. com / news / man - hurt\nA man was hurt.", "https://example.com/texas/man-hurt", "Texas")]
    public void The_address_is_the_articles_or_the_line_its_text_opens_with(string text, string? url, string? expected) =>
        Assert.Equal(expected, SiteName.Of(new Article("site-test", text, Url: url)));
    // web address | expected top-level domain (or empty for none)
    [Theory]
    [InlineData("https://www.sudnews.re/faits-divers/man-stabbed", "re")]
    [InlineData("https://www.shropshire-weekly.co.uk/news/pub-fire", "uk")]
    [InlineData("https://example.com/ohio/man-hurt-in-crash", "com")]
    [InlineData("https://islandnews.example/local/2026/03/07/man-hurt", "example")]
    [InlineData("https://192.168.0.1/news/man-hurt", "")]
    [InlineData("not an address", "")]
    public void The_top_level_domain_is_the_hosts_last_label(string address, string expected) =>
        Assert.Equal(expected.Length == 0 ? null : expected, SiteName.TopLevelDomain(new Article("site-test", "A man was hurt.", Url: address)));
}
