using System.Text;
using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

/// <summary>Each kind of bad input is reported with its file, line and reason, and the good articles beside it are still read.</summary>
public class ArticleReaderErrorTests
{
    private const string GoodLine = "{\"id\": \"ok-1\", \"text\": \"A bridge collapsed after heavy rain.\"}";
    private const string OtherGoodLine = "{\"id\": \"ok-2\", \"text\": \"The river rose two metres overnight.\"}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>name → (file name, content, expected line, a part of the expected reason, ids of good articles in the same file).</summary>
    private static readonly Dictionary<string, (string File, Func<byte[]> Content, int Line, string Reason, string[] GoodIds)> Cases = new()
    {
        ["empty file"] = ("empty.txt", () => [], 0, "empty file", []),
        ["white space only"] = ("blank.jsonl", () => Utf8("  \n\n \t\n"), 0, "empty file (only white space)", []),
        ["JSONL of blank lines past the sample"] = ("blanks.jsonl", () => Utf8(new string('\n', 10_000) + "   \n"), 0, "empty file (only white space)", []),
        ["NUL bytes after the sample"] = ("late.txt", () => Concat(Utf8("Title\n" + new string('x', 9000)), [0]), 0, "binary file (it holds NUL bytes)", []),
        ["NUL bytes"] = ("image.txt", () => [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A], 0, "binary file (it holds NUL bytes)", []),
        ["mostly control bytes"] = ("noise.dat", () => Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray(), 0, "binary file (mostly non-text bytes)", []),
        ["UTF-16"] = ("wide.txt", () => [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0], 0, "UTF-16", []),
        ["invalid UTF-8 in a JSONL line"] = ("mixed.jsonl",
            () => Concat(Utf8(GoodLine + "\n{\"id\": \"bad\", \"text\": \"caf"), [0xE9], Utf8("\"}\n" + OtherGoodLine + "\n")),
            2, "invalid UTF-8 (byte 0xE9 at byte 27 of the line)", ["ok-1", "ok-2"]),
        ["invalid UTF-8 in a text file"] = ("latin1.txt", () => Concat(Utf8("Title\n\nFirst line.\nSecond "), [0xFF], Utf8(" line.\n")), 4, "invalid UTF-8", []),
        ["invalid UTF-8 in an HTML file"] = ("latin1.html", () => Concat(Utf8("<html>\n<body><p>caf"), [0xE9], Utf8("</p></body></html>")), 2, "invalid UTF-8", []),
        ["malformed JSON line"] = ("broken.jsonl", () => Utf8(GoodLine + "\n{\"id\": \"cut\", \"text\": \"half a line\n" + OtherGoodLine + "\n"),
            2, "malformed JSON:", ["ok-1", "ok-2"]),
        ["JSON line that is not an object"] = ("array.jsonl", () => Utf8("[1, 2]\n" + GoodLine + "\n"), 1, "expected a JSON object for an article, found an array", ["ok-1"]),
        ["no text or html"] = ("notext.jsonl", () => Utf8(GoodLine + "\n\n{\"id\": \"t\", \"title\": \"Only a title\"}\n"), 3, "no \"text\" or \"html\" field", ["ok-1"]),
        ["empty text"] = ("emptytext.jsonl", () => Utf8("{\"id\": \"e\", \"text\": \" \\n \"}\n" + GoodLine), 1, "the \"text\" field is empty", ["ok-1"]),
        ["text of the wrong type"] = ("numbers.jsonl", () => Utf8("{\"id\": \"n\", \"text\": 42}\n" + GoodLine), 1, "the \"text\" field is a number, not a string", ["ok-1"]),
        ["html with scripts only in a line"] = ("scripts.jsonl", () => Utf8(GoodLine + "\n{\"id\": \"s\", \"html\": \"<html><script>track()</script></html>\"}\n"),
            2, "the \"html\" field has no readable text", ["ok-1"]),
        ["JSONL text over the size limit"] = ("huge.jsonl", () => Utf8(GoodLine + "\n{\"id\": \"big\", \"text\": \"" + new string('a', 5_000_000) + "\"}\n" + OtherGoodLine),
            2, "article text is 5.0 MB, over the 2 MB limit", ["ok-1", "ok-2"]),
        ["text file over the size limit"] = ("huge.txt", () => Utf8("A long title\n" + new string('b', 2_500_000)), 0, "article text is 2.5 MB, over the 2 MB limit", []),
        ["HTML page of scripts only"] = ("app.html",
            () => Utf8("<!DOCTYPE html><html><head><script>var a = 1;</script><style>p {}</style></head><body><script src=\"app.js\"></script><noscript></noscript></body></html>"),
            0, "the HTML page has no readable text", []),
        ["JSON array with a bad element"] = ("list.json", () => Utf8("[\n  " + GoodLine + ",\n  {\"id\": \"x\"},\n  " + OtherGoodLine + "\n]\n"),
            3, "no \"text\" or \"html\" field", ["ok-1", "ok-2"]),
        ["malformed JSON file"] = ("cut.json", () => Utf8("[\n  " + GoodLine + ",\n  {\"id\": \"x\", \n"), 4, "malformed JSON:", ["ok-1"]),
        ["WARC archive"] = ("crawl.warc.gz", () => [0x1F, 0x8B, 0x08, 0x00], 0, "unsupported format", []),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_input_is_reported_and_the_rest_is_read(string name)
    {
        var (file, content, line, reason, goodIds) = Cases[name];
        using var folder = new TempFolder();
        folder.Write("a-good.txt", "Flood warning\n\nThe river rose overnight.\n");
        var bad = folder.Write(file, content());
        folder.Write("z-good.jsonl", "{\"id\": \"last\", \"text\": \"Roads reopened in the afternoon.\"}\n");

        var errors = new List<ArticleError>();
        var articles = new ArticleReader(errors.Add).Read([folder.Path]).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(bad, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
        Assert.Equal(["a-good", .. goodIds, "last"], articles.Select(a => a.Id));
    }

    [Fact]
    public void Malformed_JSON_names_what_the_parser_said()
    {
        using var folder = new TempFolder();
        var path = folder.Write("x.jsonl", "{\"id\": 1, \"text\": 'single quotes'}\n");
        var errors = new List<ArticleError>();
        Assert.Empty(new ArticleReader(errors.Add).Read([path]));
        Assert.Equal($"{path}:1: malformed JSON: ''' is an invalid start of a value. (at byte 19 of the line)", Assert.Single(errors).ToString());
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_next_path_is_read()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere.jsonl");
        var good = folder.Write("good.txt", "Title\n\nBody.");
        var errors = new List<ArticleError>();

        var articles = new ArticleReader(errors.Add).Read([missing, good]).ToList();

        Assert.Equal(new ArticleError(missing, 0, "no such file or folder"), Assert.Single(errors));
        Assert.Equal("good", Assert.Single(articles).Id);
    }

    [Fact]
    public void An_empty_folder_is_reported()
    {
        using var folder = new TempFolder();
        var errors = new List<ArticleError>();
        Assert.Empty(new ArticleReader(errors.Add).Read([folder.Path]));
        Assert.Equal("the folder holds no files", Assert.Single(errors).Reason);
    }

    [Fact]
    public void Errors_come_in_reading_order_between_the_articles()
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.jsonl", GoodLine + "\nnot json\n" + OtherGoodLine + "\n");
        var events = new List<string>();
        foreach (var article in new ArticleReader(e => events.Add($"error {e.Line}")).Read([path]))
            events.Add(article.Id);
        Assert.Equal(["ok-1", "error 2", "ok-2"], events);
    }
}
