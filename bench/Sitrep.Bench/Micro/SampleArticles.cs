using Sitrep.Annotation;
using Sitrep.Application;
using Sitrep.Cleaning;
using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Bench.Micro;

/// <summary>
/// The fixed sample the micro-benchmarks work on: the first 250 GVDB dev articles (attacks, casualty figures, US
/// places) and the first 250 BBC articles (mostly no attack), read from the shared data at run time.
/// </summary>
public static class SampleArticles
{
    /// <summary>Articles per benchmark operation; BenchmarkDotNet reports the time per article.</summary>
    public const int Count = 500;

    private static readonly Lazy<IReadOnlyList<Article>> LazyArticles = new(Load);

    public static IReadOnlyList<Article> Articles => LazyArticles.Value;

    public static Document[] Documents() => Articles.Select(BoilerplateCleaner.Clean).ToArray();

    public static AnnotatedDocument[] Annotated() => Documents().Select(Annotator.Default.Annotate).ToArray();

    public static AnalyzedArticle[] Analyzed() => Articles.Select(ArticleAnalyzer.Default.Analyze).ToArray();

    private static IReadOnlyList<Article> Load()
    {
        var data = BenchPaths.SharedData;
        var reader = new ArticleReader(e => throw new InvalidDataException(e.ToString()));
        var gvdb = reader.Read([Path.Combine(data, "gvdb", "dev.articles.jsonl")]).Take(Count / 2);
        var bbc = reader.Read([Path.Combine(data, "news", "bbc", "bbc_news_2225.jsonl")]).Take(Count / 2);
        var articles = gvdb.Concat(bbc).ToList();
        return articles.Count == Count ? articles : throw new InvalidDataException($"expected {Count} sample articles, read {articles.Count}");
    }
}
