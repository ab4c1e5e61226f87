using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Integration;

/// <summary>
/// The same articles reaching the CLI in other shapes (standard input, nested folders, CRLF line ends, HTML) and the
/// positions that errors name in such files.
/// </summary>
public sealed class InputVariantTests
{
    [Fact]
    public void Lines_are_counted_through_a_byte_order_mark_crlf_ends_and_blank_lines()
    {
        using var ws = new Workspace();
        var path = ws.Write("crlf.jsonl", Encoding.UTF8.GetBytes(
            "\uFEFF{\"id\": \"calm-1\", \"text\": \"The council met on Monday and agreed on nothing.\"}\r\n" +
            "\r\n" +
            "\r\n" +
            "{\"id\": \"broken\", \"text\": \"never closed\r\n" +
            "{\"id\": \"calm-2\", \"text\": \"Another calm day at the harbour.\"}\r\n" +
            "[1, 2]\r\n" +
            "{\"id\": \"calm-1\", \"text\": \"The same id with another text.\"}\r\n" +
            "{\"id\": \"calm-2\", \"text\": \"Another calm day at the harbour.\"}"));

        var result = ws.Ingest(path);

        Assert.True(result.Exit == 3, result.ToString());
        Assert.Equal(3, result.ErrorLines.Count);
        Assert.Single(result.ErrorLines, l => l.StartsWith($"sitrep: {path}:4: malformed JSON", StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, l => l.StartsWith($"sitrep: {path}:6: expected a JSON object", StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, l => l.StartsWith($"sitrep: {path}:7: ", StringComparison.Ordinal) && l.Contains("calm-1", StringComparison.Ordinal));
        Assert.Contains(" 2 added, 1 unchanged, 3 rejected;", result.Stdout);
        Assert.Equal(["calm-1", "calm-2"], Workspace.ArticleIds(ws.Db));
    }

    [Fact]
    public void Invalid_utf8_in_a_text_file_is_named_by_its_line()
    {
        using var ws = new Workspace();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("A quiet title\n\nThe first paragraph is fine.\nThe second has a bad byte "));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.UTF8.GetBytes(" in it.\n"));
        var path = ws.Write("bad.txt", bytes.ToArray());

        var result = ws.Ingest(Seeds.Jsonl, path);

        Assert.True(result.Exit == 3, result.ToString());
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"sitrep: {path}:4: invalid UTF-8", error);
        Assert.Equal(5, Workspace.ArticleCount(ws.Db));
    }

    [Fact]
    public void A_folder_is_read_recursively_and_gives_the_export_of_the_batch()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var batch = ws.Export();
        var lines = Seeds.Lines();
        for (var i = 0; i < lines.Count; i++) ws.Write(Path.Combine("tree", $"level{i % 2}", i < 2 ? "" : "deeper", $"seed-{i}.jsonl"), lines[i] + "\n");

        var db = ws.PathOf("tree.db");
        var result = Workspace.IngestInto(db, ws.PathOf("tree"));

        Assert.True(result.Exit == 0, result.ToString());
        Assert.Contains("5 read, 5 added", result.Stdout);
        Assert.Equal(batch, ws.Export(db));
    }

    [Fact]
    public void One_analysis_thread_gives_the_export_of_many()
    {
        using var ws = new Workspace();
        Assert.Equal(0, Workspace.Cli("ingest", "--db", ws.Db, "--threads", "4", Seeds.Jsonl).Exit);
        var one = ws.PathOf("one-thread.db");
        Assert.Equal(0, Workspace.Cli("ingest", "--db", one, "--threads", "1", Seeds.Jsonl).Exit);
        Assert.Equal(ws.Export(), ws.Export(one));
    }

    [Fact]
    public void Export_to_a_file_writes_what_standard_output_gets()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        foreach (var format in new[] { "jsonl", "csv", "geojson" })
        {
            var file = ws.PathOf("export." + format);
            var result = Workspace.Cli("export", "--db", ws.Db, "--format", format, "--out", file);
            Assert.True(result.Exit == 0, result.ToString());
            Assert.Equal("", result.Stdout);
            Assert.Equal(ws.Export(format: format), File.ReadAllText(file, Encoding.UTF8));
            Assert.False(File.ReadAllBytes(file).AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{format} export starts with a byte order mark");
        }
    }

    [Fact]
    public void Standard_input_is_read_as_jsonl_and_its_errors_are_named_stdin_with_the_line()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var batch = ws.Export();
        var db = ws.PathOf("stdin.db");
        var input = string.Concat(Seeds.Lines().Select(l => l + "\n")) + "{\"id\": \"broken\", \"text\": \n";

        var (exit, stdout, stderr) = RunChild(input, "ingest", "--db", db, "-");

        Assert.True(exit == 3, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("sitrep: <stdin>:6: malformed JSON", stderr);
        Assert.Equal(5, Workspace.ArticleCount(db));
        Assert.Equal(batch, ws.Export(db));
    }

    [Fact]
    public void Crlf_line_ends_in_the_text_move_no_evidence_off_its_quote_and_change_no_figure()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var lf = ExportRecords.Incidents(ws.Export());

        var crlf = Seeds.Lines().Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => Rewrite(e, e.GetProperty("text").GetString()!.Replace("\n", "\r\n"), "text"));
        var path = ws.Write("crlf.jsonl", string.Concat(crlf.Select(l => l + "\n")));
        var db = ws.PathOf("crlf.db");
        Assert.Equal(0, Workspace.IngestInto(db, path).Exit);
        var export = ws.Export(db);

        AssertQuotesMatchStoredText(db, export);
        Assert.Equal(Figures(lf), Figures(ExportRecords.Incidents(export)));
    }

    [Fact]
    public void Articles_given_as_html_keep_their_evidence_on_the_extracted_text()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var plain = ExportRecords.Incidents(ws.Export());

        var html = Seeds.Lines().Select(l => JsonDocument.Parse(l).RootElement).Select(e =>
        {
            var paragraphs = e.GetProperty("text").GetString()!.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            var page = "<html><head><title>x</title><script>var tracking = 'no words to read';</script></head><body>" +
                       "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>" +
                       string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n")) +
                       "</article><footer>Copyright</footer></body></html>";
            return Rewrite(e, page, "html");
        });
        var path = ws.Write("html.jsonl", string.Concat(html.Select(l => l + "\n")));
        var db = ws.PathOf("html.db");
        var result = Workspace.IngestInto(db, path);
        Assert.True(result.Exit == 0, result.ToString());
        var export = ws.Export(db);

        AssertQuotesMatchStoredText(db, export);
        Assert.Equal(Figures(plain), Figures(ExportRecords.Incidents(export)));
    }

    /// <summary>What must not depend on how the text was laid out: each incident's place, day and casualty figures.</summary>
    private static List<string> Figures(List<JsonElement> incidents) =>
        incidents.Select(i => string.Join(" | ", i.GetProperty("date").ToString(), i.GetProperty("location").ToString(),
                string.Join(",", i.GetProperty("killed").GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("value").ToString()).Order()),
                string.Join(",", i.GetProperty("injured").GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("value").ToString()).Order()),
                string.Join(",", i.GetProperty("documents").EnumerateArray().Select(d => d.GetString()))))
            .Order(StringComparer.Ordinal).ToList();

    private static void AssertQuotesMatchStoredText(string db, string export)
    {
        using var store = new Sitrep.Storage.SqliteIncidentStore(db);
        var spans = ExportRecords.Parse(export).SelectMany(r => r.GetProperty("evidence").EnumerateArray()
            .Concat(r.GetProperty("killed").GetProperty("reports").EnumerateArray())
            .Concat(r.GetProperty("injured").GetProperty("reports").EnumerateArray())).ToList();
        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            var text = store.Article(span.GetProperty("document").GetString()!)!.Text;
            Assert.Equal(ExportRecords.CodePointSlice(text, span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()), span.GetProperty("quote").GetString());
        }
    }

    /// <summary>The article object with its "text" replaced by <paramref name="body"/> under <paramref name="field"/>.</summary>
    private static string Rewrite(JsonElement article, string body, string field)
    {
        var fields = article.EnumerateObject().Where(p => p.Name != "text").ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        fields[field] = body;
        return JsonSerializer.Serialize(fields);
    }

    private static (int Exit, string Stdout, string Stderr) RunChild(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CI"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
