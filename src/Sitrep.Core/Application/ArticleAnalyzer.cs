using Sitrep.Annotation;
using Sitrep.Cleaning;
using Sitrep.Extraction;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Application;

/// <summary>One article's way through the pipeline: clean, annotate, extract. Pure and thread-safe.</summary>
public sealed class ArticleAnalyzer
{
    private readonly Annotator _annotator;
    private readonly IncidentExtractor _extractor;

    public ArticleAnalyzer(Annotator annotator, IncidentExtractor extractor)
    {
        _annotator = annotator;
        _extractor = extractor;
    }

    public static ArticleAnalyzer Default => new(Annotator.Default, IncidentExtractor.Default);

    public AnalyzedArticle Analyze(Article article)
    {
        var document = BoilerplateCleaner.Clean(article);
        var annotated = _annotator.Annotate(document);
        var reading = _extractor.Extract(annotated);
        return new AnalyzedArticle(document, reading, Mentions(annotated));
    }

    private static List<StoredMention> Mentions(AnnotatedDocument doc)
    {
        var list = new List<StoredMention>();
        foreach (var p in doc.Places) list.Add(new StoredMention(p.IsDemonym ? "demonym" : "place", p.Start, p.End, $"{p.Place.GeonameId}:{p.Place.Name}"));
        foreach (var d in doc.Dates) list.Add(new StoredMention("date", d.Start, d.End, d.Value));
        foreach (var n in doc.Numbers) list.Add(new StoredMention("number", n.Start, n.End, $"{n.Value?.ToString() ?? "?"}:{n.Qualifier}"));
        foreach (var c in doc.Cues) list.Add(new StoredMention(c.Kind.ToString().ToLowerInvariant(), c.Start, c.End, c.Value switch
        {
            Lexicons.Actor a => a.Canonical,
            Lexicons.EventCue e => e.EventType,
            Lexicons.CasualtyCue k => k.Kind,
            _ => c.Value.ToString() ?? "",
        }));
        return list;
    }
}

/// <summary>An article's cleaned document, what was extracted from it, and the mentions kept for inspection.</summary>
public sealed record AnalyzedArticle(Document Document, ArticleReading Reading, IReadOnlyList<StoredMention> Mentions);
