using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Cli;

namespace Sitrep.Tests.Integration;

/// <summary>What one run of the command line gave: its exit code and everything it wrote.</summary>
public sealed record CliResult(int Exit, string Stdout, string Stderr)
{
    /// <summary>The lines of standard error that report a problem ("sitrep: ..."), without progress lines.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("sitrep: ", StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit {Exit}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>
/// A test's own temporary folder with its own SQLite file, deleted afterwards, and the command line run in-process
/// against it (<see cref="CommandLine.Run"/>, with its output captured).
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sitrep-integration-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = PathOf("sitrep.db");
    }

    public string Folder { get; }

    /// <summary>The default database of this workspace.</summary>
    public string Db { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static CliResult Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public CliResult Ingest(params string[] paths) => IngestInto(Db, paths);

    public static CliResult IngestInto(string db, params string[] paths) => Cli(["ingest", "--db", db, .. paths]);

    /// <summary>The export of <paramref name="db"/> (this workspace's by default) in a format; the export must succeed.</summary>
    public string Export(string? db = null, string format = "jsonl")
    {
        var result = Cli("export", "--db", db ?? Db, "--format", format);
        Assert.True(result.Exit == 0, $"export failed: {result}");
        Assert.Equal("", result.Stderr);
        return result.Stdout;
    }

    /// <summary>Rows of the articles table, read through a separate read-only connection.</summary>
    public static int ArticleCount(string db) => Convert.ToInt32(Scalar(db, "SELECT COUNT(*) FROM articles"));

    /// <summary>The ids of the stored articles, in order, read through a separate read-only connection.</summary>
    public static List<string> ArticleIds(string db)
    {
        using var connection = OpenReadOnly(db);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM articles ORDER BY id";
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public static object? Scalar(string db, string sql)
    {
        using var connection = OpenReadOnly(db);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public static SqliteConnection OpenReadOnly(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
