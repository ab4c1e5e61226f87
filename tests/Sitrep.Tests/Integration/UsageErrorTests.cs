namespace Sitrep.Tests.Integration;

/// <summary>spec/CLI.md: a usage error exits 2 with a message on standard error, and touches no database.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public void Ingest_without_a_path_is_a_usage_error()
    {
        using var ws = new Workspace();
        var result = Workspace.Cli("ingest", "--db", ws.Db);
        Assert.True(result.Exit == 2, result.ToString());
        Assert.NotEmpty(result.ErrorLines);
        Assert.Equal("", result.Stdout);
        Assert.False(File.Exists(ws.Db));
    }

    [Fact]
    public void Ingest_of_a_path_that_does_not_exist_is_a_usage_error_naming_it()
    {
        using var ws = new Workspace();
        var missing = ws.PathOf("no-such-folder/articles.jsonl");
        var result = ws.Ingest(Seeds.Jsonl, missing);
        Assert.True(result.Exit == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains(missing, StringComparison.Ordinal));
        Assert.False(File.Exists(ws.Db), "a usage error must not create or change the database");
    }

    [Fact]
    public void Export_in_an_unknown_format_is_a_usage_error()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var result = Workspace.Cli("export", "--db", ws.Db, "--format", "xml");
        Assert.True(result.Exit == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains("xml", StringComparison.Ordinal));
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("export", "--no-such-option")]
    [InlineData("eval")]
    public void Other_malformed_commands_are_usage_errors(params string[] args)
    {
        using var ws = new Workspace();
        var result = Workspace.Cli(args);
        Assert.True(result.Exit == 2, result.ToString());
        Assert.NotEmpty(result.ErrorLines);
    }

    [Fact]
    public void Eval_with_a_missing_gold_file_is_a_usage_error()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var result = Workspace.Cli("eval", "--db", ws.Db, ws.PathOf("no-gold.json"));
        Assert.True(result.Exit == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains("no-gold.json", StringComparison.Ordinal));
    }
}
