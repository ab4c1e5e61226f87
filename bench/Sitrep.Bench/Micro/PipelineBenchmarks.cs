using BenchmarkDotNet.Attributes;
using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>One article's whole analysis (clean, annotate, extract) on one thread: the unit the ingest runs in parallel.</summary>
public class PipelineBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private ArticleAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleArticles.Articles;
        _analyzer = ArticleAnalyzer.Default; // one analyzer, as the ingest has
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Analyze()
    {
        var n = 0;
        foreach (var a in _articles) n += _analyzer.Analyze(a).Mentions.Count;
        return n;
    }
}
