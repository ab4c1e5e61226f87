using BenchmarkDotNet.Attributes;
using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Annotation.Numbers;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>Sentence, token and word splitting, numbers, dates and the whole annotation of one cleaned article.</summary>
public class AnnotationBenchmarks
{
    private Document[] _documents = [];
    private Annotator _annotator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleArticles.Documents();
        _annotator = Annotator.Default; // one annotator, as the ingest has
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Sentences()
    {
        var n = 0;
        foreach (var d in _documents) n += SentenceSplitter.Split(d.Text).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Tokens()
    {
        var n = 0;
        foreach (var d in _documents) n += Tokenizer.Tokenize(d.Text).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int LexiconWords()
    {
        var n = 0;
        foreach (var d in _documents) n += Words.Of(d.Text).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Numbers()
    {
        var n = 0;
        foreach (var d in _documents) n += NumberRecognizer.Default.Recognize(d.Text).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Dates()
    {
        var n = 0;
        foreach (var d in _documents) n += DateRecognizer.Default.Recognize(d.Text, d.Article.Published).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Annotate()
    {
        var n = 0;
        foreach (var d in _documents) n += _annotator.Annotate(d).Cues.Count;
        return n;
    }
}
