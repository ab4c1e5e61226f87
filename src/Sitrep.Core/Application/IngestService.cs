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

    public IngestSummary Ingest(IEnumerable<Article> articles, Action<ArticleError> onError, Action<IngestProgress>? progress = null) =>
        _store is IArticleQueue queue ? IngestThroughQueue(queue, articles, onError, progress) : IngestDirectly(articles, onError, progress);

    /// <summary>
    /// A store without a queue (SQLite): each batch read is analysed, then stored and linked in one transaction
    /// (processes that share the file take turns on its write lock).
    /// </summary>
    private IngestSummary IngestDirectly(IEnumerable<Article> articles, Action<ArticleError> onError, Action<IngestProgress>? progress)
    {
        var counts = new Counts();
        foreach (var batch in articles.Chunk(_batchSize))
        {
            counts.Read += batch.Length;
            var (analyzed, errors) = Analyze(batch, _ => true);
            _store.RunInTransaction(() =>
            {
                for (var i = 0; i < batch.Length; i++) Store(batch[i], analyzed[i], errors[i], onError, counts);
            });
            progress?.Invoke(new IngestProgress(counts.Read, counts.Added));
        }
        return counts.Summary(_store.IncidentCount());
    }

    /// <summary>
    /// Many workers share the store (PostgreSQL): each puts what it reads in the store's queue, and claims batches
    /// from it (its own articles or anyone's) until its input is read and nothing is left to claim. A claimed batch
    /// is analysed in parallel with other workers, then stored and linked under the store's linking lock, and taken
    /// off the queue in the same transaction: a worker killed half-way leaves its batch in the queue for the next.
    /// </summary>
    private IngestSummary IngestThroughQueue(IArticleQueue queue, IEnumerable<Article> articles, Action<ArticleError> onError, Action<IngestProgress>? progress)
    {
        var counts = new Counts();
        using var input = articles.Chunk(_batchSize).GetEnumerator();
        var reading = true;
        while (true)
        {
            if (reading && (reading = input.MoveNext()))
            {
                var chunk = input.Current;
                counts.Read += chunk.Length;
                var states = queue.Enqueue(chunk);
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (states[i] == StoredArticle.Same) counts.Unchanged++;
                    else if (states[i] == StoredArticle.Different) Reject(chunk[i], onError, counts);
                }
            }
            var claimed = 0;
            _store.RunInTransaction(() =>
            {
                var batch = queue.Claim(_batchSize);
                claimed = batch.Count;
                if (claimed == 0) return;
                var (analyzed, errors) = Analyze(batch.Select(q => q.Article).ToArray(), i => batch[i].StoredAtClaim == StoredArticle.Absent);
                // texts first, side by side with other workers (each id once: a later copy is unchanged or rejected
                // below); then, one worker at a time, reports and linking
                var firsts = Enumerable.Range(0, batch.Count).Where(i => analyzed[i] is not null)
                    .DistinctBy(i => batch[i].Article.Id, StringComparer.Ordinal).ToList();
                var written = new HashSet<string>(queue.SaveArticleTexts(firsts.Select(i => (analyzed[i]!.Document, analyzed[i]!.Mentions)).ToList()), StringComparer.Ordinal);
                queue.LockForLinking();
                for (var i = 0; i < batch.Count; i++)
                {
                    if (analyzed[i] is { } a && written.Remove(a.Document.Id)) Link(a, counts, queue.SaveReading);
                    else Store(batch[i].Article, analyzed[i], errors[i], onError, counts);
                }
                queue.Complete(batch.Select(q => q.Seq));
            });
            if (!reading && claimed == 0) break;
            progress?.Invoke(new IngestProgress(counts.Read, counts.Added));
        }
        return counts.Summary(_store.IncidentCount());
    }

    /// <summary>Analyses (in parallel) the articles of a batch that <paramref name="needed"/> selects.</summary>
    private (AnalyzedArticle?[] Analyzed, ArticleError?[] Errors) Analyze(Article[] batch, Func<int, bool> needed)
    {
        var analyzed = new AnalyzedArticle?[batch.Length];
        var errors = new ArticleError?[batch.Length];
        Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = _threads }, i =>
        {
            if (needed(i)) (analyzed[i], errors[i]) = AnalyzeOne(batch[i]);
        });
        return (analyzed, errors);
    }

    private (AnalyzedArticle?, ArticleError?) AnalyzeOne(Article article)
    {
        try { return (_analyzer.Analyze(article), null); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var (file, line) = Origin(article);
            return (null, new ArticleError(file, line, $"article '{article.Id}' could not be analysed: {e.Message}"));
        }
    }

    /// <summary>Stores and links one article unless it is already stored (unchanged) or cannot be (rejected). Inside a transaction.</summary>
    private void Store(Article article, AnalyzedArticle? analyzed, ArticleError? error, Action<ArticleError> onError, Counts counts)
    {
        if (error is not null) { onError(error); counts.Rejected++; return; }
        switch (_store.Find(article))
        {
            case StoredArticle.Same:
                counts.Unchanged++;
                return;
            case StoredArticle.Different:
                Reject(article, onError, counts);
                return;
        }
        // only articles stored when claimed go unanalysed, and a stored article is never removed
        var a = analyzed ?? throw new InvalidOperationException($"article '{article.Id}' was stored when claimed and is no longer");
        Link(a, counts, reading => _store.SaveArticle(a.Document, reading, a.Mentions));
    }

    /// <summary>Saves what was read from an article (<paramref name="save"/>) and links its reports to the incidents stored.</summary>
    private void Link(AnalyzedArticle a, Counts counts, Action<ArticleReading> save)
    {
        save(a.Reading);
        _linker.Link(a.Document, a.Reading);
        counts.Added++;
        counts.Reports += a.Reading.Reports.Count;
    }

    private static void Reject(Article article, Action<ArticleError> onError, Counts counts)
    {
        var (file, line) = Origin(article);
        onError(new ArticleError(file, line, $"article id '{article.Id}' is already stored with different content; the stored version is kept"));
        counts.Rejected++;
    }

    private static (string File, int Line) Origin(Article article)
    {
        var origin = article.Origin ?? article.Id;
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin[(colon + 1)..], out var line) ? (origin[..colon], line) : (origin, 0);
    }

    private sealed class Counts
    {
        public int Read, Added, Unchanged, Rejected, Reports;
        public IngestSummary Summary(int incidents) => new(Read, Added, Unchanged, Rejected, Reports, incidents);
    }
}
