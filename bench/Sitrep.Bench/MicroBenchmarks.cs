using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sitrep.Bench;

/// <summary>
/// The BenchmarkDotNet micro-benchmarks of the hot components, with a short job run in this process (a few seconds
/// per benchmark, no generated project to build) and the memory diagnoser. Arguments go to BenchmarkDotNet
/// (<c>--filter *Gazetteer*</c>, <c>--list flat</c>); without a filter every benchmark runs.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("short"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(BenchPaths.Scratch, "BenchmarkDotNet.Artifacts"));
        if (!args.Contains("--filter") && !args.Contains("--list")) args = [.. args, "--filter", "*"];
        if (!args.Contains("--join")) args = [.. args, "--join"]; // one table for all
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
