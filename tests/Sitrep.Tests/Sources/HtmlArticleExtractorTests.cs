using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class HtmlArticleExtractorTests
{
    [Fact]
    public void Metadata_comes_from_meta_tags()
    {
        const string Html = """
            <!DOCTYPE html>
            <html><head>
              <title>Dam breaks upstream | The Valley Courier</title>
              <meta property="og:title" content="Dam breaks upstream">
              <meta property="og:site_name" content="The Valley Courier">
              <meta property="og:url" content="https://courier.example/og-url">
              <link rel="canonical" href="https://courier.example/dam-breaks">
              <meta property="article:published_time" content="2021-03-04T22:15:00-08:00">
            </head><body><article><p>Water poured into the lower town.</p></article></body></html>
            """;

        var page = HtmlArticleExtractor.Extract(Html);

        Assert.Equal(new HtmlPage("Water poured into the lower town.", "Dam breaks upstream", "https://courier.example/dam-breaks",
            "The Valley Courier", new DateOnly(2021, 3, 4)), page);
    }

    [Fact]
    public void Metadata_comes_from_JSON_LD_when_meta_tags_are_missing()
    {
        const string Html = """
            <html><head>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []}</script>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site name only"},
              {"@type": ["NewsArticle"], "headline": "Wildfire reaches suburbs",
               "datePublished": "2019-11-09T06:30:00+11:00",
               "mainEntityOfPage": {"@type": "WebPage", "@id": "https://paper.example/wildfire"},
               "publisher": {"@type": "Organization", "name": "Morning Paper"}}
            ]}
            </script>
            <script type="application/ld+json">{ not json </script>
            </head><body><p>Crews worked through the night.</p></body></html>
            """;

        var page = HtmlArticleExtractor.Extract(Html);

        Assert.Equal(new HtmlPage("Crews worked through the night.", "Wildfire reaches suburbs", "https://paper.example/wildfire",
            "Morning Paper", new DateOnly(2019, 11, 9)), page);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2018-05-06\">", "")]
    [InlineData("<meta name=\"pubdate\" content=\"20180506\">", "")]
    [InlineData("", "<time datetime=\"2018-05-06T08:00:00Z\">6 May</time>")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"Sun, 06 May 2018 08:00:00 GMT\">", "")]
    public void The_date_comes_from_other_meta_tags_or_a_time_element(string head, string body)
    {
        var page = HtmlArticleExtractor.Extract($"<html><head>{head}</head><body><p>Text.</p>{body}</body></html>");
        Assert.Equal(new DateOnly(2018, 5, 6), page.Published);
    }

    [Fact]
    public void The_readable_text_drops_page_furniture_and_joins_blocks_with_blank_lines()
    {
        const string Html = """
            <html><head><style>.x { color: red }</style></head><body>
              <header><h1>Site Name</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
              <main>
                <article>
                  <header><h1>Bridge   closed after
                     crash</h1><p class="byline">By A. Writer</p></header>
                  <p>A lorry hit the <b>railing</b> at  dawn.<script>ads.push(1)</script></p>
                  <h2>Repairs</h2>
                  <p>Engineers expect<br>two weeks of work.</p>
                  <figure><img src="x.jpg"><figcaption>The damaged railing.</figcaption></figure>
                  <ul><li>Detour via the ring road</li><li>Buses rerouted</li></ul>
                  <aside>Most read: something else</aside>
                  <form><label>Email</label><input name="e"><button>Subscribe</button></form>
                </article>
              </main>
              <footer><p>Copyright the publisher</p></footer>
            </body></html>
            """;

        var page = HtmlArticleExtractor.Extract(Html);

        Assert.Equal(
            "Bridge closed after crash\n\nA lorry hit the railing at dawn.\n\nRepairs\n\nEngineers expect\ntwo weeks of work.\n\n"
            + "The damaged railing.\n\nDetour via the ring road\n\nBuses rerouted",
            page.Text);
    }

    [Fact]
    public void The_largest_article_is_the_main_content()
    {
        const string Html = """
            <html><body>
              <article><p>Short teaser for another story.</p></article>
              <article><p>The main story has the longest paragraphs of the page by far.</p><p>And a second one to be sure.</p></article>
            </body></html>
            """;

        Assert.Equal("The main story has the longest paragraphs of the page by far.\n\nAnd a second one to be sure.", HtmlArticleExtractor.Extract(Html).Text);
    }

    [Fact]
    public void A_page_wrapped_in_one_form_keeps_its_text()
    {
        var page = HtmlArticleExtractor.Extract("<html><body><form action='/x'><div><p>Everything sits in a form here.</p></div></form></body></html>");
        Assert.Equal("Everything sits in a form here.", page.Text);
    }

    [Theory]
    [InlineData("Dam breaks upstream | The Valley Courier", "Dam breaks upstream")]
    [InlineData("Dam breaks upstream - The Valley Courier", "Dam breaks upstream")]
    [InlineData("Why The Valley Courier", "Why The Valley Courier")]
    public void The_outlet_name_is_taken_off_a_page_title(string pageTitle, string title)
    {
        var page = HtmlArticleExtractor.Extract($"<html><head><title>{pageTitle}</title><meta property='og:site_name' content='The Valley Courier'></head><body><p>Text.</p></body></html>");
        Assert.Equal(title, page.Title);
    }

    [Fact]
    public void A_page_of_scripts_only_has_no_text()
    {
        var page = HtmlArticleExtractor.Extract("<html><head><script>boot()</script></head><body><script>render()</script><noscript>Enable JavaScript.</noscript></body></html>");
        Assert.Equal("", page.Text);
    }
}
