using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace Sitrep.Bench;

/// <summary>
/// "hot FILE.nettrace [TOP [METHOD]]": the methods a CPU-sampling EventPipe trace spent its samples in, exclusive (the method on
/// top of the stack) and inclusive (anywhere on the stack). Record a trace of any run with
/// <c>DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath=run.nettrace DOTNET_EventPipeConfig=Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x4c14fccbd:5</c>
/// (bench/run.sh trace does it for you).
/// </summary>
public static class HotMethods
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0])) throw new BenchUsageException("hot needs the path of a .nettrace file");
        var top = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var t) ? t : 40;
        var within = args.Length > 2 ? args[2] : null; // only samples with this method (substring) on the stack
        var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var callers = new Dictionary<string, int>(StringComparer.Ordinal); // of the frames matching `within`
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var e in log.Events)
        {
            if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || e.EventName != "Thread/Sample") continue;
            var stack = e.CallStack();
            if (stack is null) continue;
            // samples of threads waiting in managed code still count as "external" frames at the top; skip idle waits
            var first = Name(stack);
            if (IsIdle(stack)) continue;
            if (within is not null && !OnStack(stack, within)) continue;
            total++;
            exclusive[first] = exclusive.GetValueOrDefault(first) + 1;
            if (within is not null)
                for (var s = stack; s is not null; s = s.Caller)
                    if (Name(s).Contains(within, StringComparison.Ordinal))
                    {
                        var caller = s.Caller is null ? "(none)" : Name(s.Caller);
                        callers[caller] = callers.GetValueOrDefault(caller) + 1;
                        break;
                    }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var s = stack; s is not null; s = s.Caller)
            {
                var name = Name(s);
                if (seen.Add(name)) inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
            }
        }
        Console.WriteLine($"{total} busy samples");
        Print("exclusive", exclusive, total, top);
        Print("inclusive", inclusive, total, top);
        if (within is not null) Print($"callers of {within}", callers, total, top);
        return 0;
    }

    private static bool OnStack(TraceCallStack stack, string method)
    {
        for (var s = stack; s is not null; s = s.Caller)
            if (Name(s).Contains(method, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsIdle(TraceCallStack stack)
    {
        for (var s = stack; s is not null; s = s.Caller)
        {
            var name = Name(s);
            if (name.Contains("WaitOne", StringComparison.Ordinal) || name.Contains("Monitor.Wait", StringComparison.Ordinal)
                || name.Contains("SemaphoreSlim.Wait", StringComparison.Ordinal) || name.Contains("LowLevelLifoSemaphore", StringComparison.Ordinal)
                || name.Contains("Thread.Sleep", StringComparison.Ordinal) || name.Contains("WaitHandle.Wait", StringComparison.Ordinal)
                || name.Contains("ManualResetEventSlim.Wait", StringComparison.Ordinal) || name.Contains("SpinWait", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string Name(TraceCallStack s)
    {
        var m = s.CodeAddress.Method;
        return m is null ? $"[{s.CodeAddress.ModuleName}]" : m.FullMethodName;
    }

    private static void Print(string title, Dictionary<string, int> counts, int total, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"{title}:");
        foreach (var (name, count) in counts.OrderByDescending(kv => kv.Value).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * count / total,5:F1}%  {Truncate(name)}"));
    }

    private static string Truncate(string s) => s.Length <= 160 ? s : s[..157] + "...";
}
