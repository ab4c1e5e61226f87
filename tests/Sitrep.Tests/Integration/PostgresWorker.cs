using System.Diagnostics;
using System.Text;

namespace Sitrep.Tests.Integration;

/// <summary>
/// sitrep.dll run as a child process, as a worker on another machine would run (the test project references
/// Sitrep.Cli, so it sits beside the test assembly). Its output is drained as it comes, so it never blocks on a pipe.
/// </summary>
public sealed class PostgresWorker : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private PostgresWorker(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public static PostgresWorker Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        Assert.True(File.Exists(dll), $"{dll} not found next to the test assembly");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CI"] = "1";
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return new PostgresWorker(process);
    }

    /// <summary>Waits for the worker to finish (a hang guard of ten minutes, never an assertion on speed).</summary>
    public CliResult Wait()
    {
        if (!Process.WaitForExit(TimeSpan.FromMinutes(10))) throw new Xunit.Sdk.XunitException("a worker did not finish within ten minutes");
        Process.WaitForExit(); // the output is drained
        lock (_stdout) lock (_stderr) return new CliResult(Process.ExitCode, _stdout.ToString(), _stderr.ToString());
    }

    /// <summary>SIGKILL: no chance to roll back, close the connection politely or clean up.</summary>
    public void Kill()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public void Dispose()
    {
        if (!Process.HasExited) Kill();
        Process.Dispose();
    }
}
