using Sitrep.Evaluation;
using Sitrep.Storage;
using Sitrep.Tests.Integration;
using Xunit.Abstractions;

namespace Sitrep.Tests.Linking;

/// <summary>
/// ECB+ topics about shootings and bombings (<see cref="BCubedEcbPlus"/>): articles about the same real incident end
/// up in one incident, articles about the topic's other incident in another. The B-cubed figures are printed (run with
/// <c>--logger "console;verbosity=detailed"</c>) and kept from falling; docs/LINKING.md gives the figures and how they are computed.
/// </summary>
public sealed class EcbPlusLinkingTests(ITestOutputHelper output)
{
    /// <summary>Measured last (linking 0.913, all documents 0.856; docs/LINKING.md); the bar for all documents is 0.85.</summary>
    private const double MinLinkedF1 = 0.90;
    private const double MinAllF1 = 0.85;
    private const double MinPrecision = 0.95;

    [Fact]
    public void Articles_about_one_real_incident_share_an_incident_and_the_other_incident_is_kept_apart()
    {
        using var ws = new Workspace();
        var articles = BCubedEcbPlus.Read(TestData.Data("ecbplus", "articles.jsonl"), BCubedEcbPlus.Topics);
        Assert.Equal(119, articles.Count);

        BCubedEcbPlusResult result;
        using (var store = StoreFactory.Open(ws.Db)) result = BCubedEcbPlus.Evaluate(store, articles);
        output.WriteLine(result.ToString());

        Assert.True(result.LinkedDocuments.Precision >= MinPrecision, result.ToString());
        Assert.True(result.LinkedDocuments.F1 >= MinLinkedF1, result.ToString());
        Assert.True(result.AllDocuments.F1 >= MinAllF1, result.ToString());
        // no incident mixes the two events of a topic (an article of one topic may also report another topic's event:
        // a news digest telling both stories is in both incidents, though the gold gives it one topic)
        var eventOf = articles.ToDictionary(a => a.Id, a => a);
        var mixed = result.IncidentsOfDocument.SelectMany(p => p.Value.Select(i => (Incident: i, Article: eventOf[p.Key])))
            .GroupBy(x => x.Incident).Where(g => g.GroupBy(x => x.Article.Topic).Any(t => t.Select(x => x.Article.Subtopic).Distinct().Count() > 1))
            .Select(g => g.Key).ToList();
        Assert.True(mixed.Count == 0, "incidents mixing two real events: " + string.Join(", ", mixed));
    }
}
