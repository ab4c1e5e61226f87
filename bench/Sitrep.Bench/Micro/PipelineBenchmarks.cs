using BenchmarkDotNet.Attributes;
using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>One article's whole analysis (clean, annotate, extract) on one thread: the unit the ingest runs in parallel.</summary>
public class PipelineBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleArticles.Articles;
        _ = ArticleAnalyzer.Default;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Analyze()
    {
        var n = 0;
        foreach (var a in _articles) n += ArticleAnalyzer.Default.Analyze(a).Mentions.Count;
        return n;
    }
}
