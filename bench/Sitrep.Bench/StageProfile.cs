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
/// Where the time goes: the pipeline taken apart stage by stage over one corpus, on one thread, in this process,
/// with the CPU time (the thread's own, so other work on the machine does not count) and the bytes allocated of
/// each stage. The analysis stages (clean, annotate, extract: the calls of <see cref="ArticleAnalyzer"/>) run
/// <c>--passes</c> times and the passes after the first (warm caches, compiled code) are averaged; the recognisers
/// inside annotation are then timed on their own (each tokenising for itself, as the public calls do); storing and
/// linking (the loop of <see cref="IngestService"/>) run once into a fresh SQLite file.
/// </summary>
public static class StageProfile
{
    private sealed class Stage(string name, bool inner)
    {
        public string Name { get; } = name;
        public bool Inner { get; } = inner;
        public double Seconds;
        public long Bytes;
        public int Passes;
    }

    public static int Run(BenchOptions options)
    {
        var n = options.Sizes.Count == 1 ? options.Sizes[0] : CorpusBuilder.SourceLines().Count;
        var passes = Math.Max(1, options.Passes);
        var corpus = CorpusBuilder.Build(n);
        Console.WriteLine(Invariant($"stage profile of {corpus.Articles:N0} articles ({corpus.Bytes / 1e6:F1} MB), one thread, {ThreadCpu.Kind}, {passes} passes (the first not counted when there are more); load average {MachineInfo.LoadAverage()}"));

        var load = ThreadCpu.Now();
        var gazetteer = Gazetteer.Gazetteer.LoadDefault();
        var analyzer = ArticleAnalyzer.Default;
        var annotator = Annotator.Default;
        var extractor = IncidentExtractor.Default;
        var numbers = NumberRecognizer.Default;
        var dates = DateRecognizer.Default;
        var places = PlaceRecognizer.Default;
        _ = BoilerplateRules.Default;
        Console.WriteLine(Invariant($"data loaded: {ThreadCpu.Now() - load:F2} s of CPU on this thread (the gazetteer reads its name index on another)"));

        var stages = new List<Stage>();
        Stage Named(string name, bool inner = false)
        {
            var s = stages.FirstOrDefault(x => x.Name == name);
            if (s is null) stages.Add(s = new Stage(name, inner));
            return s;
        }
        var counting = true;
        T Time<T>(string name, Func<T> work, bool inner = false)
        {
            var stage = Named(name, inner);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var t = ThreadCpu.Now();
            var result = work();
            if (counting)
            {
                stage.Seconds += ThreadCpu.Now() - t;
                stage.Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
            return result;
        }

        var articles = Time("read (ArticleReader)", () => new ArticleReader(e => Console.Error.WriteLine(e)).Read([corpus.Path]).ToList());
        Named("read (ArticleReader)").Passes = 1;
        List<AnnotatedDocument> annotated = [];
        for (var pass = 0; pass < passes; pass++)
        {
            counting = passes == 1 || pass > 0;
            annotated = new List<AnnotatedDocument>(articles.Count);
            foreach (var article in articles)
            {
                var doc = Time("clean", () => BoilerplateCleaner.Clean(article));
                var a = Time("annotate", () => annotator.Annotate(doc));
                Time("extract", () => extractor.Extract(a));
                annotated.Add(a);
            }
            foreach (var a in annotated)
            {
                var text = a.Text;
                Time("tokens", () => Tokenizer.Tokenize(text), inner: true);
                Time("sentences", () => SentenceSplitter.Split(text), inner: true);
                Time("words (Words.Of)", () => Words.Of(text), inner: true);
                Time("numbers", () => numbers.Recognize(text), inner: true);
                Time("dates", () => dates.Recognize(text, a.Document.Article.Published), inner: true);
                Time("places", () => places.Recognize(text), inner: true);
            }
        }
        foreach (var s in stages.Where(s => s.Passes == 0)) s.Passes = passes == 1 ? 1 : passes - 1;
        counting = true;

        var analyzed = articles.Select(analyzer.Analyze).ToList();
        var db = Path.Combine(BenchPaths.Scratch, $"profile-{Environment.ProcessId}.db");
        using (var store = StoreFactory.Open(db))
        {
            var linker = new IncidentLinker(store, new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName), CasualtyReconciler.Default);
            foreach (var batch in analyzed.Chunk(256))
            {
                Time("store + link (transactions)", () =>
                {
                    store.RunInTransaction(() =>
                    {
                        foreach (var a in batch)
                        {
                            if (Time("find", () => store.Find(a.Document.Article), inner: true) != StoredArticle.Absent) continue;
                            Time("save article", () => { store.SaveArticle(a.Document, a.Reading, a.Mentions); return 0; }, inner: true);
                            Time("link", () => { linker.Link(a.Document, a.Reading); return 0; }, inner: true);
                        }
                    });
                    return 0;
                });
            }
        }
        foreach (var s in stages.Where(s => s.Passes == 0)) s.Passes = 1;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);

        double PerArticle(Stage s) => s.Seconds / s.Passes / articles.Count;
        var top = new[] { "read (ArticleReader)", "clean", "annotate", "extract", "store + link (transactions)" }.Select(name => Named(name)).ToList();
        var total = top.Sum(PerArticle);

        Console.WriteLine();
        Console.WriteLine("| stage | µs per article | articles/s alone | share | KB allocated per article |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        void Row(Stage s, string label) =>
            Console.WriteLine(Invariant($"| {label} | {1e6 * PerArticle(s):F0} | {1 / Math.Max(1e-12, PerArticle(s)):F0} | {100 * PerArticle(s) / total:F1}% | {s.Bytes / 1024.0 / s.Passes / articles.Count:F1} |"));
        foreach (var s in top)
        {
            Row(s, s.Name);
            if (s.Name == "annotate")
                foreach (var inner in stages.Where(x => x.Inner && x.Name is "tokens" or "sentences" or "words (Words.Of)" or "numbers" or "dates" or "places"))
                    Row(inner, "&nbsp;&nbsp;" + inner.Name + " (alone)");
            if (s.Name.StartsWith("store", StringComparison.Ordinal))
                foreach (var inner in stages.Where(x => x.Inner && x.Name is "find" or "save article" or "link"))
                    Row(inner, "&nbsp;&nbsp;" + inner.Name);
        }
        Console.WriteLine(Invariant($"| **one thread, all stages** | {1e6 * total:F0} | {1 / total:F0} | 100% | |"));
        Console.WriteLine(Invariant($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused in all"));
        return 0;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
