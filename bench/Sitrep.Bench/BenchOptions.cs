using System.Globalization;

namespace Sitrep.Bench;

/// <summary>The options of the whole-run, profile and corpus commands.</summary>
public sealed record BenchOptions(IReadOnlyList<int> Sizes, int Threads, bool Keep, int StartupRuns, int Passes)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [10_000, 100_000];

    public static BenchOptions Parse(string[] args)
    {
        var sizes = DefaultSizes;
        var threads = 0;
        var keep = false;
        var startupRuns = 5;
        var passes = 3;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--n":
                    sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Count).ToList();
                    break;
                case "--threads":
                    threads = Count(Value());
                    break;
                case "--startup-runs":
                    startupRuns = Count(Value());
                    break;
                case "--passes":
                    passes = Count(Value());
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    throw new BenchUsageException($"unknown option {args[i]}");
            }
        }
        return new BenchOptions(sizes, threads, keep, startupRuns, passes);
    }

    private static int Count(string s)
    {
        s = s.Replace("_", "").ToLowerInvariant();
        var factor = s.EndsWith('k') ? 1000 : 1;
        if (factor > 1) s = s[..^1];
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n * factor
            : throw new BenchUsageException($"not a positive count: {s}");
    }
}
