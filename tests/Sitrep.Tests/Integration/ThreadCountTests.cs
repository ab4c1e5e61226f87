namespace Sitrep.Tests.Integration;

/// <summary>
/// Issue 7: articles are analysed in parallel, yet the results are those of one thread. The same ingest with one
/// and with two analysis threads (and with more threads than cores) stores the same export and the same mentions
/// (every place, date, number and cue the annotation found), byte for byte. The articles are the seeds, the GVDB
/// development set and WikiEvents: two batches, places and figures enough for shared caches to be raced for.
/// </summary>
public sealed class ThreadCountTests
{
    private static string[] Inputs => [Seeds.Jsonl, TestData.Data("gvdb", "dev.articles.jsonl"), TestData.Data("wikievents", "articles.jsonl")];

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Ingesting_with_more_threads_stores_what_one_thread_stores(int threads)
    {
        using var ws = new Workspace();
        var one = Ingest(ws, 1);
        var many = Ingest(ws, threads);

        var export = ws.Export(one);
        Assert.True(ExportRecords.Incidents(export).Count > 100, "the articles should give well over a hundred incidents");
        Assert.Equal(export, ws.Export(many));
        var mentions = Mentions(one);
        Assert.True(mentions.Count > 10_000, $"only {mentions.Count} mentions stored");
        Assert.Equal(mentions, Mentions(many));
    }

    private static string Ingest(Workspace ws, int threads)
    {
        var db = ws.PathOf($"threads-{threads}.db");
        var result = Workspace.Cli(["ingest", "--db", db, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture), .. Inputs]);
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Contains("445 read, 445 added, 0 unchanged, 0 rejected;", result.Stdout);
        return db;
    }

    /// <summary>Every stored mention as "article kind start end value", in a fixed order.</summary>
    private static List<string> Mentions(string db)
    {
        using var connection = Workspace.OpenReadOnly(db);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT article_id, kind, start_at, end_at, value FROM mentions ORDER BY article_id, start_at, end_at, kind, value";
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetInt32(2)} {reader.GetInt32(3)} {reader.GetString(4)}");
        return rows;
    }
}
