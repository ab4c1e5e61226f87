using System.Globalization;
using Sitrep.Bench.Linking;
using Sitrep.Evaluation;
using Sitrep.Storage;

// dotnet run -c Release --project bench/Sitrep.Bench.Linking -- linking [ARTICLES] [FACTOR] [--dense]
//   times N and FACTOR x N articles (five runs each, alternating, with different seeds; processor and elapsed time,
//   best and median); the larger set covers FACTOR x the days (or, with --dense, the same days with FACTOR x as many
//   events a day). Exits 1 when the best processor time grows more than 1.2 x FACTOR.
// dotnet run -c Release --project bench/Sitrep.Bench.Linking -- ecbplus [SHARED_DATA] [--detail [--names]]
//   the ECB+ B-cubed figures of docs/LINKING.md; with --detail, each gold event's documents and their incidents
//   (with --names, also each document's name keys).
var mode = args.Length > 0 ? args[0] : "linking";
var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var folder = Path.Combine(Path.GetTempPath(), "sitrep-bench-linking-" + Environment.ProcessId);
Directory.CreateDirectory(folder);
try
{
    switch (mode)
    {
        case "linking":
        {
            var n = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 2000;
            var factor = numbers.Count > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 10;
            var dense = args.Contains("--dense");
            LinkingBenchmark.Measure(Math.Min(n, 1000), SyntheticNews.DaysFor(Math.Min(n, 1000)), 99, folder); // warm-up: JIT, data files
            // small and large runs alternate, so that both meet the same load from other programs on the machine
            var small = new List<LinkingRun>();
            var large = new List<LinkingRun>();
            for (var seed = 1; seed <= 5; seed++)
            {
                small.Add(LinkingBenchmark.Measure(n, SyntheticNews.DaysFor(n), seed, folder));
                large.Add(LinkingBenchmark.Measure(n * factor, dense ? SyntheticNews.DaysFor(n) : SyntheticNews.DaysFor(n * factor), seed, folder));
            }
            TimeSpan Median(IEnumerable<TimeSpan> times) => times.Order().ElementAt(2);
            foreach (var runs in new[] { small, large })
            {
                var r = runs[0];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Articles,7} articles over {r.Days,5} days: {runs.Average(x => x.Incidents),6:0} incidents (B-cubed F1 {runs.Average(x => x.F1):0.000}); " +
                    $"processor best {runs.Min(x => x.Cpu).TotalSeconds,6:0.00} s, median {Median(runs.Select(x => x.Cpu)).TotalSeconds,6:0.00} s; " +
                    $"elapsed best {runs.Min(x => x.Total).TotalSeconds,6:0.00} s, median {Median(runs.Select(x => x.Total)).TotalSeconds,6:0.00} s " +
                    $"({runs.Min(x => x.Total).TotalMicroseconds / r.Articles,5:0} µs/article: store {runs.Min(x => x.Store).TotalMicroseconds / r.Articles:0}, " +
                    $"link {runs.Min(x => x.Link).TotalMicroseconds / r.Articles:0}, commit {runs.Min(x => x.Other).TotalMicroseconds / r.Articles:0})"));
            }
            var cpu = large.Min(x => x.Cpu) / small.Min(x => x.Cpu);
            var elapsed = large.Min(x => x.Total) / small.Min(x => x.Total);
            var medians = Median(large.Select(x => x.Cpu)) / Median(small.Select(x => x.Cpu));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{factor} x the articles{(dense ? " on the same days" : "")}: {cpu:0.00} x the processor time (best of 5; medians {medians:0.00} x), " +
                $"{elapsed:0.00} x the elapsed time; limit {1.2 * factor:0} x: {(cpu <= 1.2 * factor ? "ok" : "EXCEEDED")}"));
            return cpu <= 1.2 * factor ? 0 : 1;
        }
        case "ecbplus":
        {
            var shared = numbers.Count > 0 ? numbers[0] : Path.GetFullPath(Path.Combine("..", "shared", "data"));
            var articles = BCubedEcbPlus.Read(Path.Combine(shared, "ecbplus", "articles.jsonl"), BCubedEcbPlus.Topics);
            using var store = StoreFactory.Open(Path.Combine(folder, "ecbplus.db"));
            var result = BCubedEcbPlus.Evaluate(store, articles);
            Console.WriteLine(result);
            if (args.Contains("--detail")) EcbPlusDetail.Print(articles, store.Incidents(), result, args.Contains("--names"));
            return 0;
        }
        default:
            Console.Error.WriteLine("usage: Sitrep.Bench.Linking linking [ARTICLES] [FACTOR] [--dense] | ecbplus [SHARED_DATA] [--detail [--names]]");
            return 2;
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}
