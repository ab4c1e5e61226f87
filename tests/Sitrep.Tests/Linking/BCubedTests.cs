using Sitrep.Evaluation;

namespace Sitrep.Tests.Linking;

/// <summary>B-cubed over documents, with worked values (Amigó et al. 2009 for documents in several clusters).</summary>
public sealed class BCubedTests
{
    private static Dictionary<string, IReadOnlyCollection<string>> Clusters(params (string Document, string[] Clusters)[] items) =>
        items.ToDictionary(i => i.Document, i => (IReadOnlyCollection<string>)i.Clusters);

    [Fact]
    public void The_gold_clustering_scores_one()
    {
        var gold = Clusters(("a", ["x"]), ("b", ["x"]), ("c", ["y"]));
        var score = BCubed.Score(gold, Clusters(("a", ["1"]), ("b", ["1"]), ("c", ["2"])));
        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Unlinked_documents_are_singletons_and_lose_recall()
    {
        var gold = Clusters(("a", ["x"]), ("b", ["x"]), ("c", ["x"]), ("d", ["y"]));
        var score = BCubed.Score(gold, Clusters(("a", ["1"]), ("b", ["1"])));
        // recall: a and b find 2 of 3, c finds 1 of 3, d 1 of 1
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, score.Recall, 9);
    }

    [Fact]
    public void Merging_two_events_loses_precision()
    {
        var gold = Clusters(("a", ["x"]), ("b", ["x"]), ("c", ["y"]));
        var score = BCubed.Score(gold, Clusters(("a", ["1"]), ("b", ["1"]), ("c", ["1"])));
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, score.Precision, 9);
        Assert.Equal(1.0, score.Recall, 9);
    }

    [Fact]
    public void A_document_in_two_incidents_counts_each_shared_incident_once()
    {
        var gold = Clusters(("a", ["x"]), ("b", ["x"]));
        var score = BCubed.Score(gold, Clusters(("a", ["1", "2"]), ("b", ["1"])));
        // a with itself: 2 shared clusters, 1 gold -> 1/2; a with b: 1 shared -> 1
        Assert.Equal(((0.5 + 1) / 2 + 1) / 2, score.Precision, 9);
        Assert.Equal(1.0, score.Recall, 9);
    }
}
