namespace Sitrep.Bench;

/// <summary>"corpus --n N": writes the re-identified corpus of each size and prints its path, for runs by hand.</summary>
public static class CorpusCommand
{
    public static int Run(BenchOptions options)
    {
        foreach (var n in options.Sizes)
        {
            var corpus = CorpusBuilder.Build(n);
            Console.WriteLine($"{corpus.Path}\t{corpus.Articles} articles\t{corpus.Bytes / 1e6:F1} MB\t{corpus.Copies} copies");
        }
        return 0;
    }
}
