using Sitrep.Bench;

// sitrep-bench: the whole-run benchmark (default), the BenchmarkDotNet micro-benchmarks, a per-stage profile,
// and the startup probe that the whole run starts as a child process. See BENCHMARKS.md.
try
{
    var command = args.Length > 0 ? args[0] : "run";
    var rest = args.Skip(1).ToArray();
    return command switch
    {
        "run" => WholeRun.Run(BenchOptions.Parse(rest)),
        "micro" => MicroBenchmarks.Run(rest),
        "profile" => StageProfile.Run(BenchOptions.Parse(rest)),
        "corpus" => CorpusCommand.Run(BenchOptions.Parse(rest)),
        "hot" => HotMethods.Run(rest),
        StartupProbe.Command => StartupProbe.Run(),
        "-h" or "--help" or "help" => Usage(Console.Out, 0),
        _ => Usage(Console.Error, 2),
    };
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"sitrep-bench: {e.Message}");
    return 2;
}

static int Usage(TextWriter to, int exit)
{
    to.WriteLine("""
        usage: sitrep-bench [run] [--n 10000,100000] [--threads T] [--keep]   whole-run benchmark through ./sitrep ingest
               sitrep-bench micro [BenchmarkDotNet arguments, e.g. --filter *Gazetteer*]
               sitrep-bench profile [--n 3170] [--threads 1]                   time of each pipeline stage, in-process
               sitrep-bench corpus --n N                                        write the re-identified corpus and print its path
               sitrep-bench hot FILE.nettrace [TOP [METHOD]]                    the hottest methods of a CPU-sampling trace (within METHOD)
        """);
    return exit;
}
