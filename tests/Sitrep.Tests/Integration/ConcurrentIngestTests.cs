using Microsoft.Data.Sqlite;

namespace Sitrep.Tests.Integration;

/// <summary>Two ingests started together on one new database (two terminals, or a cron job beside a person) both finish.</summary>
public sealed class ConcurrentIngestTests
{
    [Fact]
    public void Two_ingests_opening_a_new_database_at_once_both_succeed_and_store_each_article_once()
    {
        using var ws = new Workspace();
        // Hold the write lock on a database whose migrations table exists but is empty, so that both ingests read
        // "schema version 0" and then queue for the lock, as two processes started together do.
        using var blocker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ws.Db, Pooling = false }.ToString());
        blocker.Open();
        Execute(blocker, "PRAGMA journal_mode=WAL; CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        Execute(blocker, "BEGIN IMMEDIATE;");

        var first = Task.Run(() => Workspace.IngestInto(ws.Db, Seeds.Jsonl));
        var second = Task.Run(() => Workspace.IngestInto(ws.Db, Seeds.Jsonl));
        Thread.Sleep(2000); // lets both reach the lock; not a measurement
        Execute(blocker, "COMMIT;");

        var results = new[] { Outcome(first), Outcome(second) };
        Assert.All(results, r => Assert.True(r.Exit == 0, r.ToString()));
        Assert.Equal(Seeds.Ids().Order(StringComparer.Ordinal), Workspace.ArticleIds(ws.Db));
    }

    private static CliResult Outcome(Task<CliResult> task)
    {
        try { return task.GetAwaiter().GetResult(); }
        catch (Exception e) { return new CliResult(-1, "", e.GetType().Name + ": " + e.Message); }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
