using System.Diagnostics;
using Sitrep.Evaluation;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Bench.Linking;

/// <summary>
/// Times linking (store the article, then link its reports) for a growing database: every article of
/// <see cref="SyntheticNews"/> in publication order, in transactions of 256 as ingest does, into a fresh SQLite file.
/// </summary>
public static class LinkingBenchmark
{
    /// <param name="F1">B-cubed F1 of the incidents against the synthetic events: whether linking was right, not only fast.</param>
    /// <param name="Cpu">Processor time of the whole process while storing and linking: unlike <see cref="Total"/>,
    /// hardly changed by other programs running on the machine.</param>
    public sealed record Run(int Articles, int Days, int Incidents, double F1, TimeSpan Store, TimeSpan Link, TimeSpan Cpu)
    {
        public TimeSpan Total => Store + Link;
        public double MicrosecondsPerArticle => Total.TotalMicroseconds / Articles;
    }

    public static Run Measure(int articles, int days, int seed, string folder)
    {
        var news = new SyntheticNews(seed).Articles(articles, days);
        var db = Path.Combine(folder, $"bench-{articles}-{seed}.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        using var store = StoreFactory.Open(db);
        var reconciler = CasualtyReconciler.Default;
        var linker = new IncidentLinker(store, new IncidentBuilder(reconciler, code => code), reconciler);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var storeTime = new Stopwatch();
        var linkTime = new Stopwatch();
        foreach (var batch in news.Chunk(256))
        {
            store.RunInTransaction(() =>
            {
                foreach (var (document, reading) in batch)
                {
                    storeTime.Start();
                    store.SaveArticle(document, reading, []);
                    storeTime.Stop();
                    linkTime.Start();
                    linker.Link(document, reading);
                    linkTime.Stop();
                }
            });
        }
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var gold = news.ToDictionary(a => a.Document.Id, a => (IReadOnlyCollection<string>)[SyntheticNews.EventOf(a.Document.Id)], StringComparer.Ordinal);
        var system = store.Incidents().SelectMany(i => i.Documents.Select(d => (Document: d, Incident: i.Id)))
            .GroupBy(x => x.Document).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(x => x.Incident).ToList(), StringComparer.Ordinal);
        var run = new Run(news.Count, days, store.IncidentCount(), BCubed.Score(gold, system).F1, storeTime.Elapsed, linkTime.Elapsed, cpu);
        store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        return run;
    }
}
