using System.Globalization;
using Sitrep.Bench.Linking;
using Sitrep.Evaluation;
using Sitrep.Storage;

// dotnet run -c Release --project bench/Sitrep.Bench.Linking -- linking [ARTICLES] [FACTOR] [--dense]
//   times N and FACTOR x N articles (median of five runs each, processor time and elapsed time); the larger set covers
//   FACTOR x the days (or, with --dense, the same days with FACTOR x as many events a day). Exits 1 when the
//   processor time grows more than 1.2 x FACTOR.
// dotnet run -c Release --project bench/Sitrep.Bench.Linking -- ecbplus [SHARED_DATA]
//   the ECB+ B-cubed figures of docs/LINKING.md.
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
            List<LinkingRun> Runs(int articles, int days) =>
                Enumerable.Range(1, 5).Select(seed => LinkingBenchmark.Measure(articles, days, seed, folder)).ToList();
            TimeSpan Median(IEnumerable<TimeSpan> times) => times.Order().ElementAt(2);
            var small = Runs(n, SyntheticNews.DaysFor(n));
            var large = Runs(n * factor, dense ? SyntheticNews.DaysFor(n) : SyntheticNews.DaysFor(n * factor));
            foreach (var runs in new[] { small, large })
            {
                var r = runs[0];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Articles,7} articles over {r.Days,5} days: {runs.Average(x => x.Incidents),8:0} incidents (B-cubed F1 {runs.Average(x => x.F1):0.000});  " +
                    $"median of 5: processor {Median(runs.Select(x => x.Cpu)).TotalSeconds,6:0.00} s, elapsed {Median(runs.Select(x => x.Total)).TotalSeconds,6:0.00} s " +
                    $"(linking {Median(runs.Select(x => x.Link)).TotalSeconds,6:0.00} s), {Median(runs.Select(x => x.Total)).TotalMicroseconds / r.Articles,5:0} µs/article"));
            }
            var cpu = Median(large.Select(x => x.Cpu)) / Median(small.Select(x => x.Cpu));
            var elapsed = Median(large.Select(x => x.Total)) / Median(small.Select(x => x.Total));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{factor} x the articles{(dense ? " on the same days" : "")}: {cpu:0.00} x the processor time, {elapsed:0.00} x the elapsed time; limit {1.2 * factor:0} x: {(cpu <= 1.2 * factor ? "ok" : "EXCEEDED")}"));
            return cpu <= 1.2 * factor ? 0 : 1;
        }
        case "ecbplus":
        {
            var shared = numbers.Count > 0 ? numbers[0] : Path.GetFullPath(Path.Combine("..", "shared", "data"));
            var articles = BCubedEcbPlus.Read(Path.Combine(shared, "ecbplus", "articles.jsonl"), BCubedEcbPlus.Topics);
            using var store = StoreFactory.Open(Path.Combine(folder, "ecbplus.db"));
            Console.WriteLine(BCubedEcbPlus.Evaluate(store, articles));
            return 0;
        }
        default:
            Console.Error.WriteLine("usage: Sitrep.Bench.Linking linking [ARTICLES] [FACTOR] [--dense] | ecbplus [SHARED_DATA]");
            return 2;
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}
