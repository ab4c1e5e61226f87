using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sitrep.Tests.Integration;

/// <summary>
/// What the PostgreSQL worker tests ingest (the seeds, GVDB dev and the BBC articles), and the export of one
/// process ingesting it all into SQLite, which every number of PostgreSQL workers must give again.
/// </summary>
public static partial class PostgresScaleOut
{
    public static readonly string[] Inputs =
    [
        Seeds.Jsonl,
        TestData.Data("gvdb", "dev.articles.jsonl"),
        TestData.Data("news", "bbc", "bbc_news_2225.jsonl"),
    ];

    private static readonly Lazy<string> Reference = new(() =>
    {
        using var ws = new Workspace();
        var result = Workspace.IngestInto(ws.Db, Inputs);
        Assert.True(result.Exit == 0, $"the SQLite reference ingest failed: {result}");
        return ws.Export();
    });

    /// <summary>The JSONL export of one SQLite process that ingested <see cref="Inputs"/> (computed once).</summary>
    public static string SqliteExport => Reference.Value;

    public static int DistinctArticles() =>
        Inputs.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").ToString()).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The "N added" of an ingest summary line.</summary>
    public static int Added(CliResult result)
    {
        var match = AddedPattern().Match(result.Stdout);
        Assert.True(match.Success, $"no summary line: {result}");
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>
    /// Two exports hold the same records in the same order with the same values, compared field by field
    /// (ids included), so that a failure names the record and the field that differ.
    /// </summary>
    public static void AssertSameExport(string expected, string actual)
    {
        var e = ExportRecords.Parse(expected);
        var a = ExportRecords.Parse(actual);
        Assert.True(e.Count > 100, $"the reference export is too small to compare ({e.Count} records)");
        Assert.Equal(e.Select(Id), a.Select(Id));
        for (var i = 0; i < e.Count; i++)
        {
            var fields = e[i].EnumerateObject().Select(p => p.Name).Union(a[i].EnumerateObject().Select(p => p.Name));
            foreach (var field in fields)
            {
                var want = e[i].TryGetProperty(field, out var w) ? w.GetRawText() : "(absent)";
                var got = a[i].TryGetProperty(field, out var g) ? g.GetRawText() : "(absent)";
                if (want != got) Assert.Fail($"record {Id(e[i])}, field '{field}': expected {want}, found {got}");
            }
        }
        Assert.Equal(expected, actual); // and byte for byte
    }

    private static string Id(JsonElement record) => record.GetProperty("id").GetString()!;

    [GeneratedRegex(@"ingested: \d+ read, (\d+) added")]
    private static partial Regex AddedPattern();
}
