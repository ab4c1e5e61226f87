using BenchmarkDotNet.Attributes;
using Sitrep.Application;
using Sitrep.Linking;
using Sitrep.Storage;

namespace Sitrep.Bench.Micro;

/// <summary>
/// Storing and linking the sample's analysed articles into a fresh SQLite file, in batches of 256 per transaction as
/// the ingest does (per-article time). The detailed linking benchmarks live with the linking work (bench/Sitrep.Bench.Linking).
/// </summary>
public class LinkingBenchmarks
{
    private AnalyzedArticle[] _analyzed = [];
    private string _db = "";

    [GlobalSetup]
    public void Setup() => _analyzed = SampleArticles.Analyzed();

    [IterationSetup]
    public void FreshDatabase()
    {
        _db = Path.Combine(BenchPaths.Scratch, $"micro-link-{Environment.ProcessId}.db");
        Delete();
    }

    [IterationCleanup]
    public void Delete()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) if (File.Exists(_db + suffix)) File.Delete(_db + suffix);
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int StoreAndLink()
    {
        using var store = StoreFactory.Open(_db);
        var gazetteer = Gazetteer.Gazetteer.LoadDefault();
        var linker = new IncidentLinker(store, new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName), CasualtyReconciler.Default);
        foreach (var batch in _analyzed.Chunk(256))
        {
            store.RunInTransaction(() =>
            {
                foreach (var a in batch)
                {
                    store.SaveArticle(a.Document, a.Reading, a.Mentions);
                    linker.Link(a.Document, a.Reading);
                }
            });
        }
        return store.IncidentCount();
    }
}
