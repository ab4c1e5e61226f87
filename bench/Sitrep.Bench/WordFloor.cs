using System.Diagnostics;
using Sitrep.Annotation;
using Sitrep.Sources;

namespace Sitrep.Bench;

/// <summary>
/// The floor under the pipeline: the time to merely read the corpus (the same <see cref="ArticleReader"/> the CLI
/// uses) and split every text into words, on one thread, in this process. Nothing any pipeline can do costs less.
/// </summary>
public static class WordFloor
{
    public sealed record Result(double Seconds, int Articles, long Tokens);

    public static Result Measure(string corpusPath)
    {
        var clock = Stopwatch.StartNew();
        var reader = new ArticleReader(e => Console.Error.WriteLine($"floor: {e}"));
        int articles = 0;
        long tokens = 0;
        foreach (var article in reader.Read([corpusPath]))
        {
            articles++;
            tokens += Tokenizer.Tokenize(article.Text).Count;
        }
        return new Result(clock.Elapsed.TotalSeconds, articles, tokens);
    }
}
