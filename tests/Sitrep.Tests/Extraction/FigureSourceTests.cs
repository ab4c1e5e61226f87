using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>Each figure keeps the source its own clause names; a wire credit in brackets gives no figure. Our own wording.</summary>
public class FigureSourceTests
{
    private static List<(int? Value, string? Source)> Killed(string text)
    {
        var article = new Article("figure-source", global::Sitrep.Sources.Headline.Prepend("Strikes hit town", text), "Strikes hit town", Published: new DateOnly(2017, 4, 5));
        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);
        return report.Killed.Select(f => (f.Value, f.Source)).ToList();
    }

    [Fact]
    public void Two_clauses_two_sources()
    {
        var killed = Killed("Air strikes killed 58 people in Homs on Tuesday. The Syrian Observatory for Human Rights said 58 people were killed, while state media reported 20 dead.");
        Assert.Contains((20, "state media"), killed);
        Assert.Contains((58, "Syrian Observatory for Human Rights"), killed);
        Assert.DoesNotContain((20, "Syrian Observatory for Human Rights"), killed);
    }

    [Fact]
    public void A_wire_credit_is_no_source()
    {
        Assert.Equal([(58, "monitoring group")], Killed("BEIRUT (AFP) - Air strikes killed 58 people in Homs on Tuesday, a monitor said."));
        Assert.Equal([(58, (string?)null)], Killed("BEIRUT (AFP) - Air strikes killed 58 people in Homs on Tuesday."));
    }
}
