using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Bench;

/// <summary>
/// The whole-run benchmark: for each corpus size, the real command line (<c>./sitrep ingest --db fresh.db corpus.jsonl</c>)
/// run as a child process and measured end to end (articles and MB per second, peak resident memory), next to the
/// floor (reading and splitting the same corpus into words), plus the startup time and the growth from one size to
/// the next. Prints the figures and checks them against the targets of issue 7.
/// </summary>
public static partial class WholeRun
{
    private const double TargetArticlesPerSecond = 1000;
    private const double TargetStartupSeconds = 1.0;
    private const double TargetPeakRssMb = 400;
    private const double TargetGrowth = 11;

    /// <summary>One corpus size's figures.</summary>
    public sealed record SizeResult(Corpus Corpus, ChildRun Ingest, WordFloor.Result Floor, string Summary)
    {
        public double ArticlesPerSecond => Corpus.Articles / Ingest.WallSeconds;
        public double MbPerSecond => Corpus.Bytes / 1e6 / Ingest.WallSeconds;
        public double FloorRatio => Ingest.WallSeconds / Floor.Seconds;
    }

    public static int Run(BenchOptions options)
    {
        var root = BenchPaths.RepositoryRoot;
        var sitrep = Path.Combine(root, "sitrep");
        var loadBefore = MachineInfo.LoadAverage();
        Console.WriteLine($"Sitrep whole-run benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {MachineInfo.Commit()}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {MachineInfo.Processor()}; load average {loadBefore} (1/5/15 min) at start");
        Console.WriteLine($"ingest threads: {(options.Threads > 0 ? options.Threads.ToString(CultureInfo.InvariantCulture) : "default (one per core)")}; scratch {BenchPaths.Scratch}");

        var build = ChildRun.Measure(sitrep, ["--help"], root);
        if (build.Exit != 0) throw new InvalidOperationException($"./sitrep does not build or run: {build.Stderr}");

        // startup
        var probes = Enumerable.Range(0, options.StartupRuns).Select(_ => StartupProbe.Measure()).ToList();
        var loaded = Median(probes.Select(p => p.ToLoaded));
        var first = Median(probes.Select(p => p.ToFirstArticle));
        var toMain = Median(probes.Select(p => p.ToMain));
        var gazetteer = Median(probes.Select(p => p.Gazetteer));
        Console.WriteLine();
        var runs = string.Join(", ", probes.Select(p => p.ToLoaded.ToString("F2", CultureInfo.InvariantCulture)));
        Console.WriteLine(Invariant($"startup (process start to gazetteer + lexicons loaded), median of {probes.Count}: {loaded:F2} s (runtime to Main {toMain:F2} s, gazetteer {gazetteer:F2} s of it; first article analysed at {first:F2} s; runs {runs})"));
        var one = OneArticleRun(sitrep, root, options);
        Console.WriteLine(Invariant($"one-article ingest through ./sitrep (fresh database): {one.WallSeconds:F2} s wall, {one.PeakRssMb:F0} MB peak RSS"));

        // each size
        var results = new List<SizeResult>();
        foreach (var n in options.Sizes)
        {
            var corpus = CorpusBuilder.Build(n);
            var floor = WordFloor.Measure(corpus.Path);
            var db = Path.Combine(BenchPaths.Scratch, $"bench-{n}.db");
            DeleteDatabase(db);
            string[] args = options.Threads > 0
                ? ["ingest", "--db", db, "--threads", options.Threads.ToString(CultureInfo.InvariantCulture), corpus.Path]
                : ["ingest", "--db", db, corpus.Path];
            Console.Error.WriteLine(Invariant($"[bench] ingesting {n:N0} articles ({corpus.Bytes / 1e6:F1} MB, load {MachineInfo.LoadAverage()}) ..."));
            var run = ChildRun.Measure(sitrep, args, root);
            if (run.Exit != 0) throw new InvalidOperationException($"ingest of {corpus.Path} failed (exit {run.Exit}): {Tail(run.Stderr)}");
            var summary = SummaryLine().Match(run.Stdout) is { Success: true } m ? m.Value : run.Stdout.Trim();
            results.Add(new SizeResult(corpus, run, floor, summary));
            if (!options.Keep) DeleteDatabase(db);
            Console.Error.WriteLine(Invariant($"[bench] {n:N0}: {run.WallSeconds:F1} s, {corpus.Articles / run.WallSeconds:F0} articles/s, {run.PeakRssMb:F0} MB peak"));
        }

        Console.WriteLine();
        Console.WriteLine("| articles | MB | wall s | articles/s | MB/s | peak RSS MB | CPU s (x wall) | floor s | x floor | stored |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var cpu = r.Ingest.CpuSeconds / r.Ingest.WallSeconds;
            Console.WriteLine(Invariant($"| {r.Corpus.Articles:N0} | {r.Corpus.Bytes / 1e6:F1} | {r.Ingest.WallSeconds:F1} | {r.ArticlesPerSecond:F0} | {r.MbPerSecond:F2} | {r.Ingest.PeakRssMb:F0} | {r.Ingest.CpuSeconds:F1} ({cpu:F2}) | {r.Floor.Seconds:F2} | {r.FloorRatio:F0} | {Stored(r.Summary)} |"));
        }
        Console.WriteLine(Invariant($"(peak RSS from {results.FirstOrDefault()?.Ingest.RssSource ?? one.RssSource}; floor = read the corpus with ArticleReader and split every text into tokens, one thread)"));

        // growth between sizes ten times apart
        var growth = new List<(int Small, int Large, double Wall, double Net)>();
        foreach (var small in results)
            foreach (var large in results.Where(l => l.Corpus.Articles == small.Corpus.Articles * 10))
            {
                var wall = large.Ingest.WallSeconds / small.Ingest.WallSeconds;
                var net = (large.Ingest.WallSeconds - one.WallSeconds) / Math.Max(0.001, small.Ingest.WallSeconds - one.WallSeconds);
                growth.Add((small.Corpus.Articles, large.Corpus.Articles, wall, net));
                Console.WriteLine(Invariant($"growth {small.Corpus.Articles:N0} -> {large.Corpus.Articles:N0} articles: time x{wall:F2} (x{net:F2} without the one-article run's fixed cost)"));
            }

        var loadAfter = MachineInfo.LoadAverage();
        Console.WriteLine($"load average at end: {loadAfter}");
        Console.WriteLine();
        PrintVerdicts(results, loaded, growth);
        return 0;
    }

    private static void PrintVerdicts(List<SizeResult> results, double startup, List<(int Small, int Large, double Wall, double Net)> growth)
    {
        static string Mark(bool ok) => ok ? "PASS" : "FAIL";
        var largest = results.MaxBy(r => r.Corpus.Articles);
        Console.WriteLine("targets (issue 7):");
        if (largest is not null)
        {
            Console.WriteLine(Invariant($"  {Mark(largest.ArticlesPerSecond >= TargetArticlesPerSecond)}  >= {TargetArticlesPerSecond:F0} articles/s end to end at {largest.Corpus.Articles:N0}: {largest.ArticlesPerSecond:F0}"));
            Console.WriteLine(Invariant($"  {Mark(largest.Ingest.PeakRssMb < TargetPeakRssMb)}  peak RSS < {TargetPeakRssMb:F0} MB at {largest.Corpus.Articles:N0}: {largest.Ingest.PeakRssMb:F0} MB"));
        }
        Console.WriteLine(Invariant($"  {Mark(startup < TargetStartupSeconds)}  startup < {TargetStartupSeconds:F0} s: {startup:F2} s"));
        foreach (var g in growth)
            Console.WriteLine(Invariant($"  {Mark(g.Net <= TargetGrowth)}  10x articles ({g.Small:N0} -> {g.Large:N0}) costs <= {TargetGrowth:F0}x time: x{g.Net:F2}"));
    }

    private static ChildRun OneArticleRun(string sitrep, string root, BenchOptions options)
    {
        var input = Path.Combine(BenchPaths.Scratch, "one-article.jsonl");
        // own words, not taken from any source
        File.WriteAllText(input, "{\"id\": \"bench-one\", \"published\": \"2024-05-06\", \"text\": \"Gunmen attacked a checkpoint near Kabul on Monday, killing three police officers, officials said.\"}\n");
        var db = Path.Combine(BenchPaths.Scratch, "one-article.db");
        DeleteDatabase(db);
        string[] args = options.Threads > 0
            ? ["ingest", "--db", db, "--threads", options.Threads.ToString(CultureInfo.InvariantCulture), input]
            : ["ingest", "--db", db, input];
        var run = ChildRun.Measure(sitrep, args, root);
        DeleteDatabase(db);
        if (run.Exit != 0) throw new InvalidOperationException($"one-article ingest failed (exit {run.Exit}): {Tail(run.Stderr)}");
        return run;
    }

    private static string Stored(string summary) =>
        IncidentsPart().Match(summary) is { Success: true } m ? m.Value : summary;

    [GeneratedRegex(@"ingested: .*")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"\d+ reports; \d+ incidents")]
    private static partial Regex IncidentsPart();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void DeleteDatabase(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(db + suffix)) File.Delete(db + suffix);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "..." + text[^2000..];

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
