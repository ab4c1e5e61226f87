using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>What a child process did: exit code, wall time, CPU time, peak resident memory and its output.</summary>
public sealed record ChildRun(int Exit, double WallSeconds, double CpuSeconds, long PeakRssKb, string Stdout, string Stderr, string RssSource)
{
    public double PeakRssMb => PeakRssKb / 1024.0;

    private const string TimeBinary = "/usr/bin/time";

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="args"/> in <paramref name="workingDirectory"/> and measures it. Peak RSS
    /// comes from GNU time (-f %M, the kernel's maxrss of the child) when /usr/bin/time exists, else from polling
    /// VmHWM in /proc/PID/status every 20 ms (a lower bound by at most the last 20 ms of growth).
    /// </summary>
    public static ChildRun Measure(string file, IReadOnlyList<string> args, string workingDirectory, IDictionary<string, string>? env = null)
    {
        var useTime = File.Exists(TimeBinary);
        var timeFile = Path.Combine(BenchPaths.Scratch, $"time-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        var info = new ProcessStartInfo(useTime ? TimeBinary : file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var a in new[] { "-f", "%M %U %S", "-o", timeFile, file }) info.ArgumentList.Add(a);
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CI"] = "1"; // no progress bar
        if (env is not null) foreach (var (k, v) in env) info.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polled = 0;
        double polledCpu = 0;
        while (!process.WaitForExit(20))
        {
            polled = Math.Max(polled, ReadHwmKb(process.Id));
            polledCpu = Math.Max(polledCpu, ReadCpuSeconds(process.Id));
        }
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;

        long peak = polled;
        var cpu = polledCpu;
        var source = "VmHWM polled every 20 ms";
        if (useTime && File.Exists(timeFile))
        {
            var parts = File.ReadAllText(timeFile).Trim().Split('\n')[^1].Split(' ');
            if (parts.Length >= 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var kb))
            {
                peak = kb;
                cpu = double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture);
                source = "GNU time maxrss";
            }
            File.Delete(timeFile);
        }
        return new ChildRun(process.ExitCode, wall, cpu, peak, stdout.Result, stderr.Result, source);
    }

    /// <summary>User + system time of a running process from /proc/PID/stat (in clock ticks of 1/100 s).</summary>
    private static double ReadCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    private static long ReadHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var digits = new string(line.Where(char.IsAsciiDigit).ToArray());
                return long.TryParse(digits, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
