using BenchmarkDotNet.Attributes;
using Sitrep.Annotation;
using Sitrep.Gazetteer;
using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>Place recognition (gazetteer lookup and resolution) of one cleaned article, and name folding plus lookup per word.</summary>
public class GazetteerBenchmarks
{
    private Document[] _documents = [];
    private Gazetteer.Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleArticles.Documents();
        _gazetteer = Gazetteer.Gazetteer.LoadDefault();
        _ = PlaceRecognizer.Default;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int RecognizePlaces()
    {
        var n = 0;
        foreach (var d in _documents) n += PlaceRecognizer.Default.Recognize(d.Text).Count;
        return n;
    }

    /// <summary>Every capitalised word folded and looked up on its own: what a search per word costs.</summary>
    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int LookupCapitalisedWords()
    {
        var n = 0;
        foreach (var d in _documents)
            foreach (var t in Tokenizer.Tokenize(d.Text))
                if (t.Kind == TokenKind.Word && char.IsUpper(d.Text[t.Start]))
                    n += _gazetteer.LookupFolded(NameFolding.Fold(d.Text.AsSpan(t.Start, t.Length))).Count;
        return n;
    }
}
