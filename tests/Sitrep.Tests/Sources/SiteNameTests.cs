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
}
