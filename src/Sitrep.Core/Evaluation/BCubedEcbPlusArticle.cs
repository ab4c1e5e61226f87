namespace Sitrep.Evaluation;

/// <summary>An ECB+ article (shared/data/ecbplus/articles.jsonl): its topic, and whether it reports the topic's
/// original seminal event (<c>ecb</c>) or the other, similar one (<c>ecbplus</c>).</summary>
public sealed record BCubedEcbPlusArticle(string Id, int Topic, string Subtopic, string Text)
{
    /// <summary>The real incident the article is about: its gold cluster.</summary>
    public string Event => $"{Topic}/{Subtopic}";
}
