using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Integration;

/// <summary>
/// spec/CLI.md: an input that cannot be read is named on standard error with its file, line and reason, the rest of
/// the batch is ingested, and the exit code is 3. Nothing stored is lost or duplicated when the batch is ingested again.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>Two good articles written for these tests (not taken from any source).</summary>
    private static readonly string GoodLine1 = JsonLine("own-good-1", "Car bomb in Aleppo",
        "A car bomb exploded near a vegetable market in Aleppo on 3 March 2017, killing 12 people and wounding 30 others, police said.");
    private static readonly string GoodLine2 = JsonLine("own-good-2", "Library budget approved",
        "The town council approved a larger budget for its public libraries on Tuesday after a long and friendly debate.");

    /// <summary>A bad input: the file's name and bytes, the line the error must name (0 for the whole file) and words of its reason.</summary>
    public sealed record BadInput(string Name, byte[] Bytes, int Line, string Reason);

    public static TheoryData<string> Cases => new()
    {
        "empty file", "binary file", "binary file named .jsonl", "invalid UTF-8 line", "malformed JSON line",
        "line without text", "line with empty text", "article of 5 MB", "text file of 5 MB", "HTML page all script",
        "JSONL html field all script",
    };

    public static BadInput Make(string kind) => kind switch
    {
        "empty file" => new("empty.jsonl", [], 0, "empty file"),
        "binary file" => new("blob.dat", Binary(), 0, "binary file"),
        "binary file named .jsonl" => new("blob.jsonl", Binary(), 0, "binary file"),
        "invalid UTF-8 line" => new("bad-utf8.jsonl", Lines(GoodLine1,
            Concat(Encoding.UTF8.GetBytes("{\"id\": \"bad-utf8\", \"text\": \"Some words, then a stray byte "), [0xFF, 0xFE], Encoding.UTF8.GetBytes(" and more words.\"}")),
            GoodLine2), 2, "invalid UTF-8"),
        "malformed JSON line" => new("malformed.jsonl", Lines(GoodLine1, "{\"id\": \"broken\", \"text\": \"this object never ends", GoodLine2), 2, "malformed JSON"),
        "line without text" => new("no-text.jsonl", Lines(GoodLine1, "{\"id\": \"no-text\", \"title\": \"A title and nothing else\"}", GoodLine2), 2, "no \"text\" or \"html\" field"),
        "line with empty text" => new("empty-text.jsonl", Lines(GoodLine1, "{\"id\": \"empty-text\", \"text\": \"   \"}", GoodLine2), 2, "empty"),
        "article of 5 MB" => new("huge.jsonl", Lines(GoodLine1, JsonLine("huge", "A very long article", Words(5_000_000)), GoodLine2), 2, "limit"),
        "text file of 5 MB" => new("huge.txt", Encoding.UTF8.GetBytes("A very long article\n\n" + Words(5_000_000)), 0, "limit"),
        "HTML page all script" => new("scripts.html", Encoding.UTF8.GetBytes(ScriptPage), 0, "no readable text"),
        "JSONL html field all script" => new("scripts.jsonl", Lines(GoodLine1, JsonHtmlLine("scripts-only", ScriptPage), GoodLine2), 2, "no readable text"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_input_is_named_with_file_line_and_reason_and_the_rest_of_the_batch_is_stored(string kind)
    {
        using var ws = new Workspace();
        var bad = Make(kind);
        var badPath = ws.Write(bad.Name, bad.Bytes);
        var goodPath = ws.Write("good.jsonl", GoodLine1 + "\n" + GoodLine2 + "\n");
        // the bad file's own good lines stand in for good.jsonl when it has them
        var inputs = bad.Line > 0 ? new[] { Seeds.Jsonl, badPath } : [Seeds.Jsonl, badPath, goodPath];

        var first = ws.Ingest(inputs);

        Assert.True(first.Exit == 3, first.ToString());
        var error = Assert.Single(first.ErrorLines);
        var named = bad.Line > 0 ? $"sitrep: {badPath}:{bad.Line}: " : $"sitrep: {badPath}: ";
        Assert.StartsWith(named, error);
        Assert.Contains(bad.Reason, error[named.Length..], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(", 1 rejected;", first.Stdout);

        var expectedIds = Seeds.Ids().Concat(["own-good-1", "own-good-2"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedIds, Workspace.ArticleIds(ws.Db));

        // the export is the one of the good articles alone
        var export = ws.Export();
        var reference = ws.PathOf("reference.db");
        var clean = Workspace.IngestInto(reference, Seeds.Jsonl, goodPath);
        Assert.True(clean.Exit == 0, clean.ToString());
        Assert.Equal(ws.Export(reference), export);

        // again: the same complaint, nothing lost, nothing duplicated, nothing changed
        var second = ws.Ingest(inputs);
        Assert.True(second.Exit == 3, second.ToString());
        Assert.Equal(first.ErrorLines, second.ErrorLines);
        Assert.Contains(" 0 added, 7 unchanged, 1 rejected;", second.Stdout);
        Assert.Equal(expectedIds, Workspace.ArticleIds(ws.Db));
        Assert.Equal(export, ws.Export());
    }

    [Fact]
    public void Every_bad_input_in_one_batch_is_named_once_and_the_good_articles_are_all_stored()
    {
        using var ws = new Workspace();
        var bad = ((IEnumerable<object[]>)Cases).Select(c => Make((string)c[0])).ToList();
        var folder = Path.Combine(ws.Folder, "batch");
        var paths = bad.Select(b => ws.Write(Path.Combine("batch", b.Name), b.Bytes)).ToList();

        var result = ws.Ingest(Seeds.Jsonl, folder);

        Assert.True(result.Exit == 3, result.ToString());
        Assert.Equal(bad.Count, result.ErrorLines.Count);
        for (var i = 0; i < bad.Count; i++)
        {
            var named = bad[i].Line > 0 ? $"sitrep: {paths[i]}:{bad[i].Line}: " : $"sitrep: {paths[i]}: ";
            Assert.Single(result.ErrorLines, l => l.StartsWith(named, StringComparison.Ordinal));
        }
        Assert.Contains($", {bad.Count} rejected;", result.Stdout);
        var expected = Seeds.Ids().Concat(["own-good-1", "own-good-2"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Workspace.ArticleIds(ws.Db));
        var export = ws.Export();

        var again = ws.Ingest(Seeds.Jsonl, folder);
        Assert.True(again.Exit == 3, again.ToString());
        Assert.Equal(result.ErrorLines, again.ErrorLines);
        Assert.Equal(expected, Workspace.ArticleIds(ws.Db));
        Assert.Equal(export, ws.Export());
    }

    [Fact]
    public void A_changed_article_under_a_stored_id_is_rejected_by_file_and_line_and_the_stored_one_kept()
    {
        using var ws = new Workspace();
        var original = ws.Write("original.jsonl", GoodLine1 + "\n");
        var changed = ws.Write("changed.jsonl", GoodLine2 + "\n" + JsonLine("own-good-1", "Car bomb in Aleppo", "A different text under the same id.") + "\n");
        Assert.Equal(0, ws.Ingest(original).Exit);
        var before = ws.Export();

        var result = ws.Ingest(changed);

        Assert.True(result.Exit == 3, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"sitrep: {changed}:2: ", error);
        Assert.Equal(["own-good-1", "own-good-2"], Workspace.ArticleIds(ws.Db));
        using var connection = Workspace.OpenReadOnly(ws.Db);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT text FROM articles WHERE id = 'own-good-1'";
        Assert.Contains("A car bomb exploded", (string)cmd.ExecuteScalar()!);
        Assert.Equal(before, ws.Export());
    }

    private const string ScriptPage =
        "<!DOCTYPE html><html><head><title></title><script>var a = 1; function f() { return a + 1; }</script>" +
        "<style>body { color: red; }</style></head><body><script>document.write('nothing to read here');</script>" +
        "<script type=\"application/json\">{\"words\": \"still only data\"}</script><noscript></noscript></body></html>";

    private static string JsonLine(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["title"] = title, ["published"] = "2017-03-04", ["text"] = text });

    private static string JsonHtmlLine(string id, string html) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["html"] = html });

    private static byte[] Lines(params object[] lines)
    {
        var bytes = new List<byte>();
        foreach (var line in lines)
        {
            bytes.AddRange(line is string s ? Encoding.UTF8.GetBytes(s) : (byte[])line);
            bytes.Add((byte)'\n');
        }
        return bytes.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[1] = 0;
        return bytes;
    }

    /// <summary>About <paramref name="bytes"/> bytes of plain words.</summary>
    private static string Words(int bytes)
    {
        const string sentence = "The committee met again and talked about the weather, the roads and the school. ";
        var text = new StringBuilder(bytes + sentence.Length);
        while (text.Length < bytes) text.Append(sentence);
        return text.ToString();
    }
}
