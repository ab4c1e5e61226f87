namespace Sitrep.Model;

/// <summary>
/// The cleaned text of an article, with the map back to the article's text as ingested. All annotation
/// spans are over <see cref="Text"/>; evidence is reported over <see cref="Original"/> through <see cref="Map"/>.
/// </summary>
public sealed class Document
{
    public Document(Article article, string text, OffsetMap map)
    {
        Article = article;
        Text = text;
        Map = map;
    }

    public Article Article { get; }
    public string Id => Article.Id;
    public string Original => Article.Text;
    public string Text { get; }
    public OffsetMap Map { get; }

    /// <summary>The span in the original text that a span of the cleaned text came from.</summary>
    public TextSpan ToOriginal(TextSpan cleaned)
    {
        if (cleaned.Length == 0)
        {
            var at = Map.ToOriginal(cleaned.Start);
            return new TextSpan(at, at);
        }
        var start = Map.ToOriginal(cleaned.Start);
        var end = Map.ToOriginalEnd(cleaned.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>Evidence for a field, read from a span of the cleaned text.</summary>
    public Evidence Evidence(string field, TextSpan cleaned)
    {
        var original = ToOriginal(cleaned);
        return new Evidence(field, Id, original.Start, original.End, original.Of(Original));
    }
}
