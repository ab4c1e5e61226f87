using Sitrep.Export;
using Sitrep.Model;

namespace Sitrep.Tests.Export;

public class TellingOrderTests
{
    /// <summary>incidents as "id:date:report ids" (date "-" for none, report ids comma-separated), " "-separated → the ids in export order.</summary>
    [Theory]
    // one night's attacks in one town, told by one article: as it tells them, whatever their ids
    [InlineData("inc-c:2024-05-04:night#3 inc-a:2024-05-04:night#1,radio#1 inc-b:2024-05-04:night#2", "inc-a inc-b inc-c")]
    // the tenth attack of an article comes after its second
    [InlineData("inc-a:2024-05-04:page#10 inc-b:2024-05-04:page#2", "inc-b inc-a")]
    // days first (undated first), then the article and its order
    [InlineData("inc-a:2024-05-05:page#1 inc-b:2024-05-04:page#2 inc-c:-:page#3", "inc-c inc-b inc-a")]
    // the first article by id tells an incident that several tell
    [InlineData("inc-a:2024-05-04:wire#1 inc-b:2024-05-04:daily#2,wire#2", "inc-b inc-a")]
    // no reports: last of its day, then by id
    [InlineData("inc-b:2024-05-04: inc-a:2024-05-04: inc-c:2024-05-04:page#1", "inc-c inc-a inc-b")]
    public void Orders_a_days_incidents_as_their_first_article_tells_them(string incidents, string expected)
    {
        var list = incidents.Split(' ').Select(s => s.Split(':')).Select(p => new Incident
        {
            Id = p[0],
            Date = p[1] == "-" ? null : p[1],
            ReportIds = p[2].Length == 0 ? [] : p[2].Split(','),
        });
        Assert.Equal(expected, string.Join(" ", TellingOrder.Of(list).Select(i => i.Id)));
    }
}
