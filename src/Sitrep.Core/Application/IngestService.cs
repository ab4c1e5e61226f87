using Sitrep.Gazetteer;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Application;

/// <summary>What an ingest did.</summary>
public sealed record IngestSummary(int Read, int Added, int Unchanged, int Rejected, int Reports, int IncidentsTotal);

/// <summary>Progress of an ingest, reported after each batch.</summary>
public readonly record struct IngestProgress(int Read, int Added);

/// <summary>
/// The main job: reads articles, analyses them (in parallel, results in input order), and stores each batch with
/// its linking in one transaction, so a killed ingest leaves every committed batch whole and the next run finishes the rest.
/// Re-ingesting an article already stored changes nothing; a different text under a stored id is rejected.
/// </summary>
public sealed class IngestService
{
    private readonly IIncidentStore _store;
    private readonly ArticleAnalyzer _analyzer;
    private readonly IncidentLinker _linker;
    private readonly int _batchSize;
    private readonly int _threads;

    public IngestService(IIncidentStore store, ArticleAnalyzer analyzer, IncidentLinker linker, int batchSize = 256, int threads = 0)
    {
        _store = store;
        _analyzer = analyzer;
        _linker = linker;
        _batchSize = batchSize;
        _threads = threads <= 0 ? Environment.ProcessorCount : threads;
    }

    public static IngestService Create(IIncidentStore store, int threads = 0)
    {
        var gazetteer = Gazetteer.Gazetteer.LoadDefault();
        var builder = new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName);
        return new IngestService(store, ArticleAnalyzer.Default, new IncidentLinker(store, builder, CasualtyReconciler.Default), threads: threads);
    }

    public IngestSummary Ingest(IEnumerable<Article> articles, Action<ArticleError> onError, Action<IngestProgress>? progress = null)
    {
        int read = 0, added = 0, unchanged = 0, rejected = 0, reports = 0;
        foreach (var batch in articles.Chunk(_batchSize))
        {
            read += batch.Length;
            var analyzed = new AnalyzedArticle?[batch.Length];
            var errors = new ArticleError?[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = _threads }, i =>
            {
                try { analyzed[i] = _analyzer.Analyze(batch[i]); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    errors[i] = new ArticleError(Origin(batch[i]).File, Origin(batch[i]).Line, $"article '{batch[i].Id}' could not be analysed: {e.Message}");
                }
            });
            _store.RunInTransaction(() =>
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    var article = batch[i];
                    if (errors[i] is { } error) { onError(error); rejected++; continue; }
                    switch (_store.Find(article))
                    {
                        case StoredArticle.Same:
                            unchanged++;
                            continue;
                        case StoredArticle.Different:
                            var (file, line) = Origin(article);
                            onError(new ArticleError(file, line, $"article id '{article.Id}' is already stored with different content; the stored version is kept"));
                            rejected++;
                            continue;
                    }
                    var a = analyzed[i]!;
                    _store.SaveArticle(a.Document, a.Reading, a.Mentions);
                    _linker.Link(a.Document, a.Reading);
                    added++;
                    reports += a.Reading.Reports.Count;
                }
            });
            progress?.Invoke(new IngestProgress(read, added));
        }
        return new IngestSummary(read, added, unchanged, rejected, reports, _store.IncidentCount());
    }

    private static (string File, int Line) Origin(Article article)
    {
        var origin = article.Origin ?? article.Id;
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin[(colon + 1)..], out var line) ? (origin[..colon], line) : (origin, 0);
    }
}
