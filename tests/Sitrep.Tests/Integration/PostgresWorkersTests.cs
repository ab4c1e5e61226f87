using Sitrep.Tests.Storage;

namespace Sitrep.Tests.Integration;

/// <summary>
/// Ingest workers in separate processes sharing one PostgreSQL database give exactly the incidents of one process
/// into SQLite, and a worker killed half-way loses nothing.
/// </summary>
public sealed class PostgresWorkersTests
{
    [PostgresFact]
    public void Three_workers_at_once_give_the_export_of_one_sqlite_ingest_field_by_field()
    {
        using var db = TestPostgres.CreateDatabase();
        var inputs = PostgresScaleOut.Inputs;
        // each worker is given everything, in its own order: the queue shares the work out and nothing is stored twice
        string[][] orders = [inputs, [.. inputs.Reverse()], [inputs[1], inputs[2], inputs[0]]];
        var workers = orders.Select(order => PostgresWorker.Start(["ingest", "--db", db.ConnectionString, .. order])).ToList();
        var results = workers.Select(w => w.Wait()).ToList();
        foreach (var w in workers) w.Dispose();

        Assert.All(results, r => Assert.True(r.Exit == 0, r.ToString()));
        var distinct = PostgresScaleOut.DistinctArticles();
        Assert.Equal(distinct, results.Sum(PostgresScaleOut.Added));
        Assert.Equal(distinct, db.Count("SELECT COUNT(DISTINCT id) FROM articles"));
        Assert.Equal(distinct, db.Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM ingest_queue"));

        using var ws = new Workspace();
        PostgresScaleOut.AssertSameExport(PostgresScaleOut.SqliteExport, ws.Export(db.ConnectionString));
    }

    [PostgresFact]
    public void A_worker_killed_mid_batch_loses_nothing_and_once_restarted_stores_every_article_once()
    {
        using var db = TestPostgres.CreateDatabase();
        var inputs = PostgresScaleOut.Inputs;
        var distinct = PostgresScaleOut.DistinctArticles();

        // one analysis thread, so that each batch stays claimed for a while
        using (var worker = PostgresWorker.Start(["ingest", "--db", db.ConnectionString, "--threads", "1", .. inputs]))
        {
            WaitUntil(() => Stored(db) > 0 && Claimed(db) > 0, worker);
            worker.Kill();
        }
        var storedAtKill = Stored(db);
        Assert.InRange(storedAtKill, 1, distinct - 1);
        // the server ends the dead worker's transaction: its claimed articles are back in the queue, free to claim
        WaitUntil(() => Claimed(db) == 0, null);
        Assert.True(db.Count("SELECT COUNT(*) FROM ingest_queue") > 0, "the killed worker left nothing in the queue: it was not killed mid-batch");
        Assert.Equal(storedAtKill, Stored(db));
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id)"));

        var restarted = PostgresWorker.Start(["ingest", "--db", db.ConnectionString, .. inputs]);
        var result = restarted.Wait();
        restarted.Dispose();

        Assert.True(result.Exit == 0, result.ToString());
        Assert.Equal(distinct - storedAtKill, PostgresScaleOut.Added(result));
        Assert.Equal(distinct, Stored(db));
        Assert.Equal(distinct, db.Count("SELECT COUNT(DISTINCT id) FROM articles"));
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM ingest_queue"));
        using var ws = new Workspace();
        PostgresScaleOut.AssertSameExport(PostgresScaleOut.SqliteExport, ws.Export(db.ConnectionString));
    }

    private static long Stored(TestDatabase db) => db.Count("SELECT COUNT(*) FROM articles");

    /// <summary>Queued articles a worker holds now: those a probe cannot lock.</summary>
    private static long Claimed(TestDatabase db) =>
        db.Count("SELECT (SELECT COUNT(*) FROM ingest_queue) - (SELECT COUNT(*) FROM (SELECT 1 FROM ingest_queue FOR KEY SHARE SKIP LOCKED) free)");

    /// <summary>Polls until the condition holds (the schema may not exist yet); a hang guard only, never an assertion on speed.</summary>
    private static void WaitUntil(Func<bool> condition, PostgresWorker? worker)
    {
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (guard.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (worker is { Process.HasExited: true }) throw new Xunit.Sdk.XunitException($"the worker ended before it could be killed: {worker.Stderr}");
            try
            {
                if (condition()) return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "42P01") { } // the tables are not there yet
            Thread.Sleep(5);
        }
        throw new Xunit.Sdk.XunitException("the condition never held");
    }
}
