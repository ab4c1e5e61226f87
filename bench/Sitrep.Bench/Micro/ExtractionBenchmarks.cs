using BenchmarkDotNet.Attributes;
using Sitrep.Annotation;
using Sitrep.Extraction;

namespace Sitrep.Bench.Micro;

/// <summary>Casualty recognition over every sentence of one annotated article, and the whole extraction.</summary>
public class ExtractionBenchmarks
{
    private AnnotatedDocument[] _annotated = [];

    [GlobalSetup]
    public void Setup() => _annotated = SampleArticles.Annotated();

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Casualties()
    {
        var n = 0;
        foreach (var doc in _annotated)
            foreach (var sentence in doc.Sentences)
                n += CasualtyRecognizer.Default.Recognize(doc, sentence).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = SampleArticles.Count)]
    public int Extract()
    {
        var n = 0;
        foreach (var doc in _annotated) n += IncidentExtractor.Default.Extract(doc).Reports.Count;
        return n;
    }
}
