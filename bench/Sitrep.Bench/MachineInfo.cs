using System.Diagnostics;

namespace Sitrep.Bench;

/// <summary>What the figures were measured on: date, commit, processor, cores and load average.</summary>
public static class MachineInfo
{
    public static string Commit()
    {
        var head = Git("rev-parse --short HEAD");
        if (head.Length == 0) return "unknown";
        return Git("status --porcelain --untracked-files=no").Length > 0 ? head + " + uncommitted changes" : head;
    }

    public static string Processor()
    {
        try
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null) return model[(model.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        return "unknown processor";
    }

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static string Git(string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", arguments) { WorkingDirectory = BenchPaths.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(info)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception) { return ""; }
    }
}
