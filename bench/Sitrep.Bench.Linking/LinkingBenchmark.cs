using System.Diagnostics;
using Sitrep.Evaluation;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Bench.Linking;

/// <summary>
/// Times linking (store the article, then link its reports, and commit) for a growing database: every article of
/// <see cref="SyntheticNews"/> in publication order, in transactions of 256 as ingest does, into a fresh SQLite file.
/// </summary>
public static class LinkingBenchmark
{
    /// <summary>Stores and links <paramref name="articles"/> synthetic articles over <paramref name="days"/> days.</summary>
    public static LinkingRun Measure(int articles, int days, int seed, string folder)
    {
        var news = new SyntheticNews(seed).Articles(articles, days);
        var ids = new List<string>(articles);
        var db = Path.Combine(folder, $"bench-{articles}-{seed}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        using var store = StoreFactory.Open(db);
        var reconciler = CasualtyReconciler.Default;
        var linker = new IncidentLinker(store, new IncidentBuilder(reconciler, code => code), reconciler);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var storeTime = new Stopwatch();
        var linkTime = new Stopwatch();
        var wall = Stopwatch.StartNew();
        foreach (var batch in news.Chunk(256))
        {
            store.RunInTransaction(() =>
            {
                foreach (var (document, reading) in batch)
                {
                    ids.Add(document.Id);
                    storeTime.Start();
                    store.SaveArticle(document, reading, []);
                    storeTime.Stop();
                    linkTime.Start();
                    linker.Link(document, reading);
                    linkTime.Stop();
                }
            });
        }
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var gold = ids.ToDictionary(id => id, id => (IReadOnlyCollection<string>)[SyntheticNews.EventOf(id)], StringComparer.Ordinal);
        var system = store.Incidents().SelectMany(i => i.Documents.Select(d => (Document: d, Incident: i.Id)))
            .GroupBy(x => x.Document).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(x => x.Incident).ToList(), StringComparer.Ordinal);
        var run = new LinkingRun(ids.Count, days, store.IncidentCount(), BCubed.Score(gold, system).F1, storeTime.Elapsed, linkTime.Elapsed, wall.Elapsed, cpu);
        store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return run;
    }
}
