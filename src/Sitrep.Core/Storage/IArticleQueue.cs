using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// A work queue kept in the database, for stores that many ingest workers (processes, machines) share.
/// Workers put what they read in the queue, then claim batches from it: a claimed article is invisible to other
/// workers until the claiming transaction ends, and goes back to the queue if that transaction never commits
/// (the worker crashed or was killed), so every queued article is processed by exactly one committed transaction.
/// </summary>
public interface IArticleQueue
{
    /// <summary>
    /// Queues the articles that are not stored yet (in their order) and says for each what is stored under its
    /// id: <see cref="StoredArticle.Absent"/> (queued), <see cref="StoredArticle.Same"/> or <see cref="StoredArticle.Different"/>
    /// (not queued). Commits on its own when called outside a transaction.
    /// </summary>
    IReadOnlyList<StoredArticle> Enqueue(IReadOnlyList<Article> articles);

    /// <summary>
    /// Claims up to <paramref name="max"/> queued articles, oldest first, skipping those other workers hold.
    /// Call inside <see cref="IIncidentStore.RunInTransaction"/>: the claim lasts until that transaction ends.
    /// </summary>
    IReadOnlyList<QueuedArticle> Claim(int max);

    /// <summary>
    /// Waits until no other worker is storing and linking, and keeps them waiting until the current transaction
    /// ends: linking reads the incidents near each report and rewrites them, so two workers must not do it at once.
    /// </summary>
    void LockForLinking();

    /// <summary>
    /// Writes the texts, cleaned documents and mentions of claimed articles (each id once), before the linking lock,
    /// side by side with other workers, and gives the ids written. An article whose id is stored already (another
    /// worker stored it since the claim) is not written, after waiting for that worker's transaction if need be;
    /// rows go in in ordinal order of ids, so two workers that claimed the same articles wait in one order and never deadlock.
    /// </summary>
    IReadOnlySet<string> SaveArticleTexts(IReadOnlyList<(Document Document, IReadOnlyList<StoredMention> Mentions)> texts);

    /// <summary>Writes the reports and waves read from an article whose text <see cref="SaveArticleTexts"/> wrote. Under the linking lock.</summary>
    void SaveReading(ArticleReading reading);

    /// <summary>Removes claimed articles from the queue (they are done, stored or rejected) when the transaction commits.</summary>
    void Complete(IEnumerable<long> seqs);

    /// <summary>How many articles wait in the queue, claimed or not.</summary>
    int QueueLength();
}

/// <summary>A claimed article, its place in the queue, and what was stored under its id when it was claimed.</summary>
public sealed record QueuedArticle(long Seq, Article Article, StoredArticle StoredAtClaim);
