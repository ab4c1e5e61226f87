using System.Diagnostics;

namespace Sitrep.Tests.Integration;

/// <summary>`sitrep eval GOLD` prints what ../shared/tools/score.py prints for the database's export, line for line.</summary>
public sealed class EvalParityTests
{
    public static TheoryData<string> Subsets => new() { "all", "0", "1", "0,1", "2,3", "0,3,4" };

    [Theory]
    [MemberData(nameof(Subsets))]
    public void Eval_agrees_with_score_py_line_for_line(string seeds)
    {
        using var ws = new Workspace();
        var lines = Seeds.Lines();
        var input = seeds == "all" ? Seeds.Jsonl
            : ws.Write("some-seeds.jsonl", string.Concat(seeds.Split(',').Select(i => lines[int.Parse(i)] + "\n")));
        var ingest = ws.Ingest(input);
        Assert.True(ingest.Exit == 0, ingest.ToString());
        var exportPath = ws.PathOf("export.jsonl");
        var export = Workspace.Cli("export", "--db", ws.Db, "--format", "jsonl", "--out", exportPath);
        Assert.True(export.Exit == 0, export.ToString());

        var eval = Workspace.Cli("eval", "--db", ws.Db, Seeds.Gold);
        Assert.True(eval.Exit == 0, eval.ToString());
        var (exit, scorer, scorerErrors) = Python(Path.Combine(TestData.Shared, "tools", "score.py"), Seeds.Gold, exportPath);
        Assert.True(exit == 0, $"score.py exited {exit}: {scorerErrors}");

        var expected = Lines(scorer);
        Assert.Contains(expected, l => l.StartsWith("overall: ", StringComparison.Ordinal));
        Assert.Equal(expected, Lines(eval.Stdout));
    }

    [Fact]
    public void Eval_json_agrees_with_score_py_json()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var exportPath = ws.PathOf("export.jsonl");
        Assert.Equal(0, Workspace.Cli("export", "--db", ws.Db, "--out", exportPath).Exit);

        var eval = Workspace.Cli("eval", "--db", ws.Db, "--json", Seeds.Gold);
        var (exit, scorer, scorerErrors) = Python(Path.Combine(TestData.Shared, "tools", "score.py"), Seeds.Gold, exportPath, "--json");

        Assert.True(eval.Exit == 0, eval.ToString());
        Assert.True(exit == 0, $"score.py exited {exit}: {scorerErrors}");
        Assert.Equal(Lines(scorer), Lines(eval.Stdout));
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();

    private static (int Exit, string Stdout, string Stderr) Python(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
