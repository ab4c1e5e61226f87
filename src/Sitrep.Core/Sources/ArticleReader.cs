using System.Text.Json;
using System.Text.Unicode;
using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Sources;

/// <summary>
/// Reads articles from files, folders (recursively, in ordinal path order) and standard input ("-"), lazily and
/// one article at a time. Every input that cannot be read is reported through the error callback with its file,
/// line (0 for the whole file) and reason, and reading goes on with the next article.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in origins and errors.</summary>
    public const string StandardInputName = "<stdin>";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Action<ArticleError> _onError;
    private readonly Func<Stream> _openStandardInput;

    public ArticleReader(Action<ArticleError> onError) : this(onError, Console.OpenStandardInput) { }

    /// <summary>A reader taking standard input from <paramref name="openStandardInput"/> (for tests and hosts).</summary>
    public ArticleReader(Action<ArticleError> onError, Func<Stream> openStandardInput)
    {
        _onError = onError;
        _openStandardInput = openStandardInput;
    }

    public IEnumerable<Article> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            IEnumerable<Article> articles;
            if (path == StandardInput) articles = ReadStream(StandardInputName, _openStandardInput(), InputFormat.Unknown, id: null);
            else if (Directory.Exists(path)) articles = FilesUnder(path).SelectMany(ReadFile);
            else articles = ReadFile(path);
            foreach (var article in articles) yield return article;
        }
    }

    private void Report(string file, int line, string reason) => _onError(new ArticleError(file, line, reason));

    private List<string> FilesUnder(string folder)
    {
        var files = new List<string>();
        try
        {
            // Hidden files and folders (".git", ".DS_Store") are skipped, like unreadable subfolders.
            files.AddRange(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(folder, 0, InputErrors.CannotList(e));
            return files;
        }
        if (files.Count == 0) Report(folder, 0, InputErrors.EmptyFolder);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<Article> ReadFile(string path)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            Report(path, 0, InputErrors.NoSuchPath);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(path, 0, InputErrors.CannotOpen(e));
            return [];
        }
        return ReadStream(path, stream, InputSniffer.FromName(path), Path.GetFileNameWithoutExtension(path));
    }

    private IEnumerable<Article> ReadStream(string name, Stream stream, InputFormat format, string? id)
    {
        using (stream)
        {
            if (format == InputFormat.Warc)
            {
                Report(name, 0, InputErrors.Warc);
                yield break;
            }
            byte[] sample;
            try
            {
                sample = ReadUpTo(stream, InputSniffer.SampleBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Report(name, 0, InputErrors.CannotRead(e));
                yield break;
            }
            if (sample.Length == 0 || (sample.Length < InputSniffer.SampleBytes && InputSniffer.IsBlank(sample)))
            {
                Report(name, 0, sample.Length == 0 ? InputErrors.EmptyFile : InputErrors.OnlyWhiteSpace);
                yield break;
            }
            if (InputSniffer.NotText(sample) is { } notText)
            {
                Report(name, 0, notText);
                yield break;
            }
            if (format == InputFormat.Unknown) format = InputSniffer.FromContent(sample);
            var whole = new ReplayStream(sample, stream);
            var articles = format switch
            {
                InputFormat.Jsonl => ReadJsonLines(name, whole),
                InputFormat.Json => ReadJson(name, whole),
                _ => ReadPage(name, whole, format, id),
            };
            foreach (var article in articles) yield return article;
        }
    }

    private IEnumerable<Article> ReadJsonLines(string name, Stream stream)
    {
        var lines = new ByteLineReader(stream, ArticleLimits.MaxJsonLineBytes);
        var blank = true;
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool tooLong;
            try
            {
                if (!lines.TryReadLine(out line, out tooLong)) break;
            }
            catch (IOException e)
            {
                Report(name, lines.LineNumber + 1, InputErrors.CannotReadLine(e));
                break;
            }
            var number = lines.LineNumber;
            if (tooLong || !InputSniffer.IsBlank(line.Span)) blank = false;
            if (tooLong)
            {
                Report(name, number, InputErrors.LineTooLong(ArticleLimits.MaxJsonLineBytes));
                continue;
            }
            if (number == 1) line = line[Utf8Text.BomLength(line.Span)..];
            if (InputSniffer.IsBlank(line.Span)) continue;
            var article = ParseJsonLine(name, number, line);
            if (article is not null) yield return article;
        }
        if (blank) Report(name, 0, InputErrors.OnlyWhiteSpace);
    }

    private Article? ParseJsonLine(string name, int number, ReadOnlyMemory<byte> line)
    {
        if (!Utf8.IsValid(line.Span))
        {
            Utf8Text.TryDecode(line.Span, out _, out _, out var invalid);
            Report(name, number, invalid);
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(line, JsonOptions);
            var article = JsonArticle.From(json.RootElement, $"{name}:{number}", out var reason);
            if (article is null) Report(name, number, reason);
            return article;
        }
        catch (JsonException e)
        {
            Report(name, number, InputErrors.MalformedJson(e, restSkipped: false));
            return null;
        }
    }

    private IEnumerable<Article> ReadJson(string name, Stream stream)
    {
        var bytes = ReadWhole(name, stream, ArticleLimits.MaxJsonFileBytes, "for a .json file (write JSONL for more)");
        if (bytes is null) yield break;
        if (!Utf8.IsValid(bytes))
        {
            Utf8Text.TryDecode(bytes, out _, out var line, out var invalid);
            Report(name, line, invalid);
            yield break;
        }
        foreach (var (line, element, error) in JsonValues(bytes))
        {
            if (error is not null)
            {
                Report(name, line, error);
                continue;
            }
            var article = JsonArticle.From(element, $"{name}:{line}", out var reason);
            if (article is null) Report(name, line, reason);
            else yield return article;
        }
    }

    /// <summary>The article objects of a JSON file (one object, or an array of them) with the line each starts on.</summary>
    private static List<(int Line, JsonElement Element, string? Error)> JsonValues(byte[] bytes)
    {
        var values = new List<(int, JsonElement, string?)>();
        var start = Utf8Text.BomLength(bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read()) return values;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                values.Add((LineOf(bytes, start + (int)reader.TokenStartIndex), JsonElement.ParseValue(ref reader), null));
                return values;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineOf(bytes, start + (int)reader.TokenStartIndex);
                values.Add((line, JsonElement.ParseValue(ref reader), null));
            }
        }
        catch (JsonException e)
        {
            values.Add(((int)(e.LineNumber ?? 0) + 1, default, InputErrors.MalformedJson(e, restSkipped: true)));
        }
        return values;
    }

    private static int LineOf(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;


    private IEnumerable<Article> ReadPage(string name, Stream stream, InputFormat format, string? id)
    {
        var bytes = ReadWhole(name, stream, ArticleLimits.MaxPageBytes, "for one article");
        if (bytes is null) yield break;
        if (!Utf8Text.TryDecode(bytes, out var content, out var badLine, out var invalid))
        {
            Report(name, badLine, invalid);
            yield break;
        }
        if (content.Contains('\0'))
        {
            Report(name, 0, InputErrors.NulBytes);
            yield break;
        }
        Article article;
        if (format == InputFormat.Html)
        {
            var page = HtmlArticleExtractor.Extract(content);
            if (string.IsNullOrWhiteSpace(page.Text))
            {
                Report(name, 0, InputErrors.HtmlWithoutText);
                yield break;
            }
            article = new Article(id ?? Hashing.Short(page.Text), Headline.Prepend(page.Title, page.Text), page.Title, page.Url, page.Outlet, page.Published, name);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                Report(name, 0, InputErrors.OnlyWhiteSpace);
                yield break;
            }
            article = new Article(id ?? Hashing.Short(content), content, TitleOf(content), Origin: name);
        }
        if (ArticleLimits.TextTooLong(article.Text) is { } tooLong)
        {
            Report(name, 0, tooLong);
            yield break;
        }
        yield return article;
    }

    /// <summary>The title of a plain text article: its first non-empty line that is not boilerplate ("3 min read").</summary>
    private static string? TitleOf(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim().ToString();
            if (trimmed.Length > 0 && !BoilerplateRules.Default.IsBoilerplateLine(trimmed)) return trimmed;
        }
        return null;
    }

    /// <summary>All of a stream up to <paramref name="limit"/> bytes, or null (reported) when it is longer or unreadable.</summary>
    private byte[]? ReadWhole(string name, Stream stream, long limit, string what)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    Report(name, 0, InputErrors.FileTooLarge(limit, what));
                    return null;
                }
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(name, 0, InputErrors.CannotRead(e));
            return null;
        }
    }

    private static byte[] ReadUpTo(Stream stream, int count)
    {
        var buffer = new byte[count];
        var filled = 0;
        int read;
        while (filled < count && (read = stream.Read(buffer, filled, count - filled)) > 0) filled += read;
        return filled == count ? buffer : buffer[..filled];
    }
}
