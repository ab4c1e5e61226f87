namespace Sitrep.Tests.Integration;

/// <summary>
/// spec/CLI.md and INCIDENTS.md: re-ingesting changes nothing, ids are stable, and the incidents do not depend on the
/// order in which articles arrive or on how they are split into ingests.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Ingesting_the_seeds_twice_gives_a_byte_identical_export_with_the_same_ids()
    {
        using var ws = new Workspace();
        var first = ws.Ingest(Seeds.Jsonl);
        Assert.True(first.Exit == 0, first.ToString());
        Assert.Contains("5 read, 5 added, 0 unchanged, 0 rejected;", first.Stdout);
        var once = ws.Export();
        Assert.NotEmpty(ExportRecords.Incidents(once));

        var second = ws.Ingest(Seeds.Jsonl);
        Assert.True(second.Exit == 0, second.ToString());
        Assert.Contains("5 read, 0 added, 5 unchanged, 0 rejected;", second.Stdout);
        var twice = ws.Export();

        Assert.Equal(once, twice);
        Assert.Equal(Seeds.Ids().Order(StringComparer.Ordinal), Workspace.ArticleIds(ws.Db));

        // and a fresh database gives the same ids again
        var other = ws.PathOf("other.db");
        Assert.Equal(0, Workspace.IngestInto(other, Seeds.Jsonl).Exit);
        Assert.Equal(once, ws.Export(other));
    }

    public static TheoryData<string> Orders => new() { "forward", "reverse", "shuffle-1", "shuffle-2", "shuffle-3" };

    /// <summary>The order (indexes of the five seeds) a name stands for; shuffles come from a fixed seed.</summary>
    public static int[] Order(string name)
    {
        var order = Enumerable.Range(0, 5).ToArray();
        if (name == "reverse") Array.Reverse(order);
        else if (name.StartsWith("shuffle-", StringComparison.Ordinal))
            new Random(2016 + int.Parse(name["shuffle-".Length..])).Shuffle(order);
        return order;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Ingesting_each_seed_on_its_own_in_any_order_gives_the_export_of_the_batch(string orderName)
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var batch = ws.Export();

        var files = Seeds.SplitInto(ws);
        var db = ws.PathOf("one-by-one.db");
        foreach (var i in Order(orderName))
        {
            var result = Workspace.IngestInto(db, files[i]);
            Assert.True(result.Exit == 0, result.ToString());
        }

        Assert.Equal(batch, ws.Export(db));
    }

    [Fact]
    public void Ingesting_the_seeds_one_by_one_in_all_120_orders_always_gives_the_export_of_the_batch()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var batch = ws.Export();
        var files = Seeds.SplitInto(ws);

        var differing = new List<string>();
        var count = 0;
        foreach (var order in Permutations([0, 1, 2, 3, 4]))
        {
            var db = ws.PathOf($"order-{string.Concat(order)}.db");
            foreach (var i in order)
            {
                var result = Workspace.IngestInto(db, files[i]);
                Assert.True(result.Exit == 0, result.ToString());
            }
            if (ws.Export(db) != batch) differing.Add(string.Concat(order));
            count++;
            DeleteDatabase(db);
        }

        Assert.Equal(120, count);
        Assert.True(differing.Count == 0, $"{differing.Count} of 120 orders give another export, e.g. {string.Join(", ", differing.Take(5))}");
    }

    private static void DeleteDatabase(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(db + suffix)) File.Delete(db + suffix);
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest)) yield return [items[i], .. tail];
        }
    }
}
