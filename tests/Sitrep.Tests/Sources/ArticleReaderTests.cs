using System.Text;
using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class ArticleReaderTests
{
    private static (List<Article> Articles, List<ArticleError> Errors) ReadAll(params string[] paths)
    {
        var errors = new List<ArticleError>();
        var articles = new ArticleReader(errors.Add).Read(paths).ToList();
        return (articles, errors);
    }

    [Fact]
    public void JSONL_lines_give_every_field_and_ignore_extra_ones()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.jsonl",
            "{\"id\": \"a1\", \"title\": \"Storm hits coast\", \"url\": \"https://example.org/a1\", \"outlet\": \"Example News\", "
            + "\"published\": \"2016-07-27\", \"text\": \"Storm hits coast\\n\\nWinds reached 120 km/h.\", \"category\": \"weather\", \"tags\": [1, 2]}\r\n"
            + "\r\n"
            + "{\"id\": 17, \"text\": \"Second story.\", \"published\": \"2016-07-27T23:30:00-05:00\"}\n");

        var (articles, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal(2, articles.Count);
        Assert.Equal(new Article("a1", "Storm hits coast\n\nWinds reached 120 km/h.", "Storm hits coast", "https://example.org/a1", "Example News",
            new DateOnly(2016, 7, 27), $"{path}:1"), articles[0]);
        Assert.Equal("17", articles[1].Id);
        Assert.Equal(new DateOnly(2016, 7, 27), articles[1].Published);
        Assert.Equal($"{path}:3", articles[1].Origin);
    }

    [Fact]
    public void A_missing_id_is_derived_from_the_url_else_from_the_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("noid.jsonl",
            "{\"url\": \"https://example.org/story\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"id\": \"\", \"text\": \"Three.\"}\n");

        var (articles, _) = ReadAll(path);

        Assert.Equal([Hashing.Short("https://example.org/story"), Hashing.Short("Two."), Hashing.Short("Three.")], articles.Select(a => a.Id));
        // Stable: the same input gives the same ids.
        Assert.Equal(articles.Select(a => a.Id), ReadAll(path).Articles.Select(a => a.Id));
    }

    [Fact]
    public void A_JSONL_line_with_html_takes_the_page_text_and_its_own_fields_win()
    {
        const string Html = "<html><head><title>Page title</title><meta property='og:site_name' content='Page Outlet'>"
            + "<meta property='article:published_time' content='2020-01-02T10:00:00Z'><link rel='canonical' href='https://example.org/page'></head>"
            + "<body><p>First paragraph.</p><p>Second paragraph.</p></body></html>";
        using var folder = new TempFolder();
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "h", html = Html, title = "Line title", published = "2020-01-03" });
        var path = folder.Write("pages.jsonl", line + "\n");

        var article = Assert.Single(ReadAll(path).Articles);

        Assert.Equal("Line title\n\nFirst paragraph.\n\nSecond paragraph.", article.Text); // the headline opens the document
        Assert.Equal("Line title", article.Title);
        Assert.Equal("Page Outlet", article.Outlet);
        Assert.Equal("https://example.org/page", article.Url);
        Assert.Equal(new DateOnly(2020, 1, 3), article.Published);
    }

    [Fact]
    public void A_JSON_file_holds_one_article_or_an_array()
    {
        using var folder = new TempFolder();
        var one = folder.Write("one.json", "{\n  \"id\": \"solo\",\n  \"text\": \"Alone.\"\n}\n");
        var many = folder.Write("many.json", "[\n  {\"id\": \"m1\", \"text\": \"First.\"},\n\n  {\"id\": \"m2\", \"text\": \"Second.\"}\n]");

        var (articles, errors) = ReadAll(one, many);

        Assert.Empty(errors);
        Assert.Equal(["solo", "m1", "m2"], articles.Select(a => a.Id));
        Assert.Equal([$"{one}:1", $"{many}:2", $"{many}:4"], articles.Select(a => a.Origin));
    }

    [Fact]
    public void A_text_file_is_read_whole_with_its_first_real_line_as_title()
    {
        using var folder = new TempFolder();
        const string Text = "\n\n4 min read\n\n  Ferry sinks off the coast  \n\nAll passengers were rescued.\n";
        var path = folder.Write("ferry-2019.txt", Text);

        var article = Assert.Single(ReadAll(path).Articles);

        Assert.Equal("ferry-2019", article.Id);
        Assert.Equal(Text, article.Text);
        Assert.Equal("Ferry sinks off the coast", article.Title);
        Assert.Equal(path, article.Origin);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        using var folder = new TempFolder();
        var txt = folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title\nBody.")]);
        var jsonl = folder.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\": \"b\", \"text\": \"Body.\"}")]);

        var (articles, errors) = ReadAll(txt, jsonl);

        Assert.Empty(errors);
        Assert.Equal(["Title\nBody.", "Body."], articles.Select(a => a.Text));
    }

    [Fact]
    public void An_HTML_file_is_named_by_its_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.htm", "<html><head><title>Quake</title></head><body><p>The ground shook.</p></body></html>");

        var article = Assert.Single(ReadAll(path).Articles);

        Assert.Equal(("report", "Quake\n\nThe ground shook.", "Quake"), (article.Id, article.Text, article.Title));
    }

    [Theory]
    [InlineData("{\"id\": \"j\", \"text\": \"From JSONL.\"}\n", "j", "From JSONL.")]
    [InlineData("<html><body><p>From HTML.</p></body></html>", "page", "From HTML.")]
    [InlineData("Plain title\n\nFrom text.", "page", "Plain title\n\nFrom text.")]
    public void Unknown_extensions_are_read_by_content(string content, string id, string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.dat", content);

        var (articles, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal((id, text), (articles[0].Id, articles[0].Text));
    }

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_path_order_without_hidden_files()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a/z.txt", "AZ");
        folder.Write("a/B.txt", "AB");
        folder.Write("A.txt", "A upper");
        folder.Write(".hidden.txt", "hidden");
        folder.Write(".git/config.txt", "hidden too");

        var (articles, errors) = ReadAll(folder.Path);

        Assert.Empty(errors);
        Assert.Equal(["A", "B", "z", "b"], articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData("{\"id\": \"s1\", \"text\": \"One.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n", "s1,s2")]
    [InlineData("  <html><body><p>Piped page.</p></body></html>", "#Piped page.")]
    [InlineData("Piped title\n\nPiped text.", "#Piped title\n\nPiped text.")]
    public void Standard_input_is_JSONL_or_one_article_by_content(string input, string expected)
    {
        var errors = new List<ArticleError>();
        var reader = new ArticleReader(errors.Add, () => new MemoryStream(Encoding.UTF8.GetBytes(input)));

        var articles = reader.Read(["-"]).ToList();

        Assert.Empty(errors);
        if (expected.StartsWith('#'))
        {
            var article = Assert.Single(articles);
            Assert.Equal(expected[1..], article.Text);
            Assert.Equal(Hashing.Short(article.Text), article.Id);
            Assert.Equal("<stdin>", article.Origin);
        }
        else
        {
            Assert.Equal(expected.Split(','), articles.Select(a => a.Id));
            Assert.Equal("<stdin>:2", articles[1].Origin);
        }
    }

    [Fact]
    public void Reading_is_lazy()
    {
        using var folder = new TempFolder();
        var path = folder.Write("lazy.jsonl", "{\"id\": \"1\", \"text\": \"One.\"}\nbroken\n");
        var errors = new List<ArticleError>();

        var first = new ArticleReader(errors.Add).Read([path, Path.Combine(folder.Path, "missing.txt")]).First();

        Assert.Equal("1", first.Id);
        Assert.Empty(errors); // nothing after the first article has been read yet
    }

    [Fact]
    public void A_JSONL_file_is_read_line_by_line_past_its_read_buffer()
    {
        using var folder = new TempFolder();
        var builder = new StringBuilder();
        for (var i = 0; i < 3000; i++) builder.Append($"{{\"id\": \"n{i}\", \"text\": \"Line {i} {new string('x', i % 97)}\"}}\n");
        var path = folder.Write("many.jsonl", builder.ToString());

        var (articles, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal(3000, articles.Count);
        Assert.Equal("n2999", articles[^1].Id);
        Assert.Equal($"{path}:3000", articles[^1].Origin);
    }

    [Fact]
    public void The_seed_articles_read_from_JSONL_and_text_agree()
    {
        var (fromJsonl, errors) = ReadAll(TestData.Data("seeds", "seeds.jsonl"));
        var (fromText, textErrors) = ReadAll(Directory.GetFiles(TestData.Data("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray());

        Assert.Empty(errors);
        Assert.Empty(textErrors);
        Assert.Equal(5, fromJsonl.Count);
        Assert.Equal(fromJsonl.Select(a => a.Id), fromText.Select(a => a.Id));
        Assert.Equal(fromJsonl.Select(a => a.Title), fromText.Select(a => a.Title));
        Assert.All(fromJsonl, a => Assert.NotNull(a.Published));
    }
}
