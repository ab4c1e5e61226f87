using BenchmarkDotNet.Attributes;
using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>Boilerplate cleaning of one article (per-article time over the sample).</summary>
public class CleaningBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleArticles.Articles;
        _ = BoilerplateRules.Default;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Clean()
    {
        var n = 0;
        foreach (var a in _articles) n += BoilerplateCleaner.Clean(a).Text.Length;
        return n;
    }
}
