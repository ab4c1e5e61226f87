using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Bench;

/// <summary>A benchmark corpus file: its path, how many articles and bytes it holds, and how many copies of the sources it took.</summary>
public sealed record Corpus(string Path, int Articles, long Bytes, int Copies);

/// <summary>
/// Builds a corpus of N articles by repeating the real articles of the shared data (BBC, GVDB dev and test, WikiEvents,
/// seeds) and re-identifying each repetition: copy k (k ≥ 2) of article "x" is "x-rk", everything else unchanged, so
/// every id is unique and the texts are real. Written to the scratch folder, never to the repository.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>The source files, relative to the shared data folder, in the order they are repeated.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "news/bbc/bbc_news_2225.jsonl",
        "gvdb/dev.articles.jsonl",
        "gvdb/test.articles.jsonl",
        "wikievents/articles.jsonl",
        "seeds/seeds.jsonl",
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON lines of one copy of the sources.</summary>
    public static List<string> SourceLines()
    {
        var data = BenchPaths.SharedData;
        var lines = new List<string>();
        foreach (var source in Sources)
        {
            var path = System.IO.Path.Combine(data, source);
            if (!File.Exists(path)) throw new BenchUsageException($"source file not found: {path}");
            lines.AddRange(File.ReadLines(path).Where(l => l.Trim().Length > 0));
        }
        return lines;
    }

    /// <summary>The corpus of <paramref name="articles"/> articles in the scratch folder, written unless already there.</summary>
    public static Corpus Build(int articles)
    {
        var path = System.IO.Path.Combine(BenchPaths.Scratch, $"corpus-{articles}.jsonl");
        var lines = SourceLines();
        var copies = (articles + lines.Count - 1) / lines.Count;
        if (!File.Exists(path) || CountLines(path) != articles)
        {
            var temp = path + ".part";
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
            {
                for (var i = 0; i < articles; i++)
                    writer.Write(Reidentify(lines[i % lines.Count], i / lines.Count + 1) + "\n");
            }
            File.Move(temp, path, overwrite: true);
        }
        return new Corpus(path, articles, new FileInfo(path).Length, copies);
    }

    /// <summary>One JSON line with its id made unique to copy <paramref name="copy"/> (copy 1 keeps the original id).</summary>
    public static string Reidentify(string line, int copy)
    {
        var node = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidDataException("a source line is not a JSON object");
        var id = node["id"]?.ToString() ?? throw new InvalidDataException("a source line has no id");
        if (copy > 1) node["id"] = $"{id}-r{copy}";
        return node.ToJsonString(Relaxed);
    }

    private static int CountLines(string path)
    {
        var count = 0;
        foreach (var _ in File.ReadLines(path)) count++;
        return count;
    }
}
