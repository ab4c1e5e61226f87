using System.Diagnostics;
using System.Globalization;
using Sitrep.Application;
using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Bench;

/// <summary>
/// Startup as the ingest command lives it, measured inside a fresh process: from the moment the process was created
/// (its start time in /proc, so runtime start-up is counted) to the gazetteer, lexicons, boilerplate rules and
/// recognisers loaded, and then to one small article analysed (the first analysis compiles the hot code).
/// </summary>
public static class StartupProbe
{
    public const string Command = "startup-probe";

    /// <summary>One probe's figures in seconds.</summary>
    public sealed record Result(double ToMain, double Gazetteer, double ToLoaded, double ToFirstArticle);

    /// <summary>The child side: loads everything, prints "to_main gazetteer to_loaded to_first" in seconds (gazetteer: its own load time).</summary>
    public static int Run()
    {
        var started = Process.GetCurrentProcess().StartTime;
        var toMain = (DateTime.Now - started).TotalSeconds;
        var clock = Stopwatch.StartNew();
        _ = Gazetteer.Gazetteer.LoadDefault();
        var gazetteer = clock.Elapsed.TotalSeconds;
        var analyzer = ArticleAnalyzer.Default;
        _ = BoilerplateRules.Default;
        var loaded = clock.Elapsed.TotalSeconds;
        // own words, not taken from any source
        analyzer.Analyze(new Article("probe", "Gunmen attacked a checkpoint near Kabul on Monday, killing three police officers, officials said.",
            Published: new DateOnly(2024, 5, 6)));
        var first = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{toMain:F4} {gazetteer:F4} {toMain + loaded:F4} {toMain + first:F4}"));
        return 0;
    }

    /// <summary>The parent side: runs the probe in a fresh process and reads its figures.</summary>
    public static Result Measure()
    {
        var dll = typeof(StartupProbe).Assembly.Location;
        var run = ChildRun.Measure("dotnet", [dll, Command], BenchPaths.RepositoryRoot);
        var parts = run.Stdout.Trim().Split(' ');
        if (run.Exit != 0 || parts.Length != 4) throw new InvalidOperationException($"the startup probe failed (exit {run.Exit}): {run.Stderr}");
        var f = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new Result(f[0], f[1], f[2], f[3]);
    }
}
