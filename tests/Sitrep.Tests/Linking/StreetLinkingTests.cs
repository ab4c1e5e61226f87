using Sitrep.Application;
using Sitrep.Linking;
using Sitrep.Model;

namespace Sitrep.Tests.Linking;

/// <summary>Two reports of one city and day: the streets they name tell one shooting from two.</summary>
public class StreetLinkingTests
{
    private static IncidentReport ReportOf(string id, string text)
    {
        var title = "Man wounded in shooting";
        var article = new Article(id, global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2016, 1, 12));
        return Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
    }

    private const string ElmStreet = "SPRINGFIELD, Ill. (WXYZ) - A man was shot and wounded Monday night in the 900 block of North Elm Street, police said.\n\nHe was taken to a hospital in stable condition.";
    private const string ElmAgain = "SPRINGFIELD, Ill. (KABC) - Police said a man was wounded by gunfire on Elm St. on Monday night.\n\nNo arrests were made.";
    private const string OakAvenue = "SPRINGFIELD, Ill. (KABC) - A man was shot and wounded Monday night at Oak Avenue and 5th Street, police said.\n\nNo arrests were made.";

    [Fact]
    public void Reports_on_different_streets_are_two_incidents()
    {
        Assert.False(ReportMatcher.SameIncident(ReportOf("a", ElmStreet), ReportOf("b", OakAvenue)));
    }

    [Fact]
    public void Reports_on_the_same_street_are_one_incident()
    {
        Assert.True(ReportMatcher.SameIncident(ReportOf("a", ElmStreet), ReportOf("b", ElmAgain)));
    }
}
