using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sitrep.Tests.Integration;

/// <summary>
/// An ingest killed half-way (the whole process tree, no chance to clean up) leaves a database that the same ingest,
/// run again, completes: every article stored exactly once and the same incidents as an ingest that was never interrupted.
/// </summary>
public sealed class KilledIngestTests
{
    [Fact]
    public void A_killed_ingest_run_again_stores_every_article_once_and_exports_what_an_uninterrupted_ingest_does()
    {
        using var ws = new Workspace();
        string[] inputs = [TestData.Data("news", "bbc", "bbc_news_2225.jsonl"), Seeds.Jsonl];
        var distinctIds = inputs.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").ToString()).Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinctIds > 1000, $"expected a large input, found {distinctIds} articles");

        // one analysis thread, so that the ingest is still running well after its first batch is committed
        using (var child = StartCli(["ingest", "--db", ws.Db, "--threads", "1", .. inputs]))
        {
            var storedAtKill = WaitForSomeArticles(child, ws.Db);
            Assert.False(child.Process.HasExited, "the ingest finished before it could be killed; the input is too small to test a kill");
            child.Process.Kill(entireProcessTree: true);
            child.Process.WaitForExit();
            Assert.InRange(storedAtKill, 1, distinctIds - 1);
        }
        var afterKill = Workspace.ArticleCount(ws.Db);
        Assert.InRange(afterKill, 1, distinctIds - 1);
        // nothing half-written: every stored article has its cleaned document
        Assert.Equal(0L, Workspace.Scalar(ws.Db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id)"));

        var rerun = Workspace.IngestInto(ws.Db, inputs);

        Assert.True(rerun.Exit == 0, rerun.ToString());
        Assert.Contains($", {distinctIds - afterKill} added, {afterKill} unchanged, 0 rejected;", rerun.Stdout);
        Assert.Equal(distinctIds, Workspace.ArticleCount(ws.Db));
        Assert.Equal(distinctIds, Workspace.ArticleIds(ws.Db).Distinct().Count());

        var fresh = ws.PathOf("uninterrupted.db");
        var uninterrupted = Workspace.IngestInto(fresh, inputs);
        Assert.True(uninterrupted.Exit == 0, uninterrupted.ToString());
        Assert.Equal(ws.Export(fresh), ws.Export());
    }

    /// <summary>Polls the article count through a separate read-only connection until some articles are committed.</summary>
    private static int WaitForSomeArticles(ChildCli child, string db)
    {
        var guard = Stopwatch.StartNew(); // a hang guard only, never an assertion on speed
        while (!child.Process.HasExited && guard.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (File.Exists(db))
            {
                try
                {
                    var count = Workspace.ArticleCount(db);
                    if (count > 0) return count;
                }
                catch (SqliteException) { } // the schema is not there yet, or the file is being created
            }
            Thread.Sleep(5);
        }
        throw new Xunit.Sdk.XunitException($"no article was stored before the ingest ended (exited: {child.Process.HasExited}); stderr: {child.Stderr}");
    }

    /// <summary>sitrep.dll as a child process (the test project references Sitrep.Cli, so it sits beside the test assembly).</summary>
    private static ChildCli StartCli(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        Assert.True(File.Exists(dll), $"{dll} not found next to the test assembly");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CI"] = "1";
        return new ChildCli(Process.Start(start)!);
    }

    /// <summary>A running child process whose output is drained as it comes, so it never blocks on a full pipe.</summary>
    private sealed class ChildCli : IDisposable
    {
        private readonly System.Text.StringBuilder _stderr = new();

        public ChildCli(Process process)
        {
            Process = process;
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public Process Process { get; }

        public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }
}
