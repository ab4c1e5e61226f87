namespace Sitrep.Tests.Integration;

/// <summary>A --db that cannot be a SQLite database is reported in one line, not with a crash, and is left as it was.</summary>
public sealed class DatabaseOptionTests
{
    [Theory]
    [InlineData("text file", "ingest")]
    [InlineData("text file", "export")]
    [InlineData("text file", "eval")]
    [InlineData("folder", "ingest")]
    [InlineData("folder", "export")]
    public void A_db_that_is_not_a_database_is_reported_in_one_line(string what, string command)
    {
        using var ws = new Workspace();
        const string words = "Not a database at all, only a few words written by a test.\n";
        var db = what == "folder" ? Directory.CreateDirectory(ws.PathOf("a-folder")).FullName : ws.Write("notes.db", words);
        string[] args = command switch
        {
            "ingest" => ["ingest", "--db", db, Seeds.Jsonl],
            "export" => ["export", "--db", db],
            _ => ["eval", "--db", db, Seeds.Gold],
        };

        CliResult result;
        try { result = Workspace.Cli(args); }
        catch (Exception e) { throw new Xunit.Sdk.XunitException($"CommandLine.Run threw {e.GetType().Name}: {e.Message}"); }

        Assert.True(result.Exit is 1 or 2, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains(db, error);
        Assert.Equal("", result.Stdout);
        if (what != "folder") Assert.Equal(words, File.ReadAllText(db));
    }

    [Fact]
    public void The_database_folder_is_created_when_missing()
    {
        using var ws = new Workspace();
        var db = ws.PathOf(Path.Combine("new", "nested", "folder", "sitrep.db"));
        var result = Workspace.IngestInto(db, Seeds.Jsonl);
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Equal(5, Workspace.ArticleCount(db));
    }
}
