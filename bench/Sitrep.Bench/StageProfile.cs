using System.Diagnostics;
using System.Globalization;
using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Annotation.Numbers;
using Sitrep.Application;
using Sitrep.Cleaning;
using Sitrep.Extraction;
using Sitrep.Gazetteer;
using Sitrep.Lexicons;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Sources;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>
/// Where the time goes: the pipeline taken apart stage by stage (reading, cleaning, sentences, words, numbers, dates,
/// places, lexicon cues, extraction, storing, linking) over one corpus, on one thread, in this process, with the time
/// and the bytes allocated of each stage. The stages are the calls <see cref="ArticleAnalyzer"/> and
/// <see cref="IngestService"/> make, in the same order.
/// </summary>
public static class StageProfile
{
    private sealed class Stage(string name)
    {
        public string Name { get; } = name;
        public double Seconds;
        public long Bytes;
    }

    public static int Run(BenchOptions options)
    {
        var n = options.Sizes.Count == 1 ? options.Sizes[0] : CorpusBuilder.SourceLines().Count;
        var corpus = CorpusBuilder.Build(n);
        Console.WriteLine(Invariant($"stage profile of {corpus.Articles:N0} articles ({corpus.Bytes / 1e6:F1} MB), one thread; load average {MachineInfo.LoadAverage()}"));

        var load = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Gazetteer.LoadDefault();
        var analyzer = ArticleAnalyzer.Default;
        var annotator = Annotator.Default;
        var extractor = IncidentExtractor.Default;
        var numbers = NumberRecognizer.Default;
        var dates = DateRecognizer.Default;
        var places = PlaceRecognizer.Default;
        _ = BoilerplateRules.Default;
        Console.WriteLine(Invariant($"data loaded in {load.Elapsed.TotalSeconds:F2} s"));

        var stages = new List<Stage>();
        Stage Named(string name)
        {
            var s = stages.FirstOrDefault(x => x.Name == name);
            if (s is null) stages.Add(s = new Stage(name));
            return s;
        }
        T Time<T>(string name, Func<T> work)
        {
            var stage = Named(name);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var t = Stopwatch.GetTimestamp();
            var result = work();
            stage.Seconds += Stopwatch.GetElapsedTime(t).TotalSeconds;
            stage.Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            return result;
        }

        var articles = Time("read (ArticleReader)", () => new ArticleReader(e => Console.Error.WriteLine(e)).Read([corpus.Path]).ToList());
        var analyzed = new List<AnalyzedArticle>(articles.Count);
        foreach (var article in articles)
        {
            var doc = Time("clean", () => BoilerplateCleaner.Clean(article));
            var text = doc.Text;
            Time("sentences", () => SentenceSplitter.Split(text));
            Time("words (Words.Of)", () => Words.Of(text));
            Time("numbers", () => numbers.Recognize(text));
            Time("dates", () => dates.Recognize(text, article.Published));
            Time("places", () => places.Recognize(text));
            var annotated = Time("annotate (all of the above + cues)", () => annotator.Annotate(doc));
            Time("extract", () => extractor.Extract(annotated));
            analyzed.Add(analyzer.Analyze(article));
        }

        var db = Path.Combine(BenchPaths.Scratch, $"profile-{Environment.ProcessId}.db");
        using (var store = StoreFactory.Open(db))
        {
            var linker = new IncidentLinker(store, new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName), CasualtyReconciler.Default);
            foreach (var batch in analyzed.Chunk(256))
            {
                Time("store + link: transactions", () =>
                {
                    store.RunInTransaction(() =>
                    {
                        foreach (var a in batch)
                        {
                            if (Time("store: find", () => store.Find(a.Document.Article)) != StoredArticle.Absent) continue;
                            Time("store: save article", () => { store.SaveArticle(a.Document, a.Reading, a.Mentions); return 0; });
                            Time("link", () => { linker.Link(a.Reading); return 0; });
                        }
                    });
                    return 0;
                });
            }
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);

        var annotate = Named("annotate (all of the above + cues)");
        var parts = new[] { "sentences", "words (Words.Of)", "numbers", "dates", "places" }.Select(Named).ToList();
        var cues = new Stage("  of which cues, all-caps, sort (annotate minus parts)")
        {
            Seconds = annotate.Seconds - parts.Sum(p => p.Seconds), Bytes = annotate.Bytes - parts.Sum(p => p.Bytes),
        };
        stages.Insert(stages.IndexOf(annotate) + 1, cues);
        var total = Named("read (ArticleReader)").Seconds + Named("clean").Seconds + annotate.Seconds + Named("extract").Seconds + Named("store + link: transactions").Seconds;

        Console.WriteLine();
        Console.WriteLine("| stage | s | articles/s alone | share of pipeline | MB allocated | KB/article |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in stages)
        {
            var inside = s.Name is "sentences" or "words (Words.Of)" or "numbers" or "dates" or "places" || s.Name.StartsWith(' ') || s.Name.StartsWith("store:", StringComparison.Ordinal) || s.Name == "link";
            var name = inside ? "  " + s.Name.Trim() : s.Name;
            Console.WriteLine(Invariant($"| {name} | {s.Seconds:F2} | {articles.Count / Math.Max(1e-9, s.Seconds):F0} | {100 * s.Seconds / total:F1}% | {s.Bytes / 1e6:F0} | {s.Bytes / 1024.0 / articles.Count:F0} |"));
        }
        Console.WriteLine(Invariant($"| pipeline on one thread (read + clean + annotate + extract + store/link) | {total:F2} | {articles.Count / total:F0} | 100% | | |"));
        return 0;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
