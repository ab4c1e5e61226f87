using System.Diagnostics;
using Npgsql;
using Sitrep.Storage;
using static Sitrep.Tests.Storage.StoredObjects;

namespace Sitrep.Tests.Storage;

/// <summary>The work queue PostgreSQL ingest workers share (<see cref="IArticleQueue"/>), and the locks around it.</summary>
public sealed class PostgresQueueTests
{
    [PostgresFact]
    public void Only_articles_not_stored_are_queued_and_each_is_told_what_is_stored()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var store = db.Open();
        var queue = (IArticleQueue)store;
        Save(store, Analyzed(Article("a1"), []));

        var states = queue.Enqueue([Article("a1"), Article("a1", "Changed text."), Article("a2"), Article("a3")]);

        Assert.Equal([StoredArticle.Same, StoredArticle.Different, StoredArticle.Absent, StoredArticle.Absent], states);
        Assert.Equal(2, queue.QueueLength());
    }

    [PostgresFact]
    public void Two_workers_claim_disjoint_batches_oldest_first_with_the_articles_as_read()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var first = db.Open();
        var second = db.Open();
        var articles = Enumerable.Range(1, 5).Select(i => Article($"a{i}")).ToList();
        ((IArticleQueue)first).Enqueue(articles);

        first.RunInTransaction(() =>
        {
            var mine = ((IArticleQueue)first).Claim(3);
            second.RunInTransaction(() =>
            {
                var theirs = ((IArticleQueue)second).Claim(3);
                Assert.Equal(["a4", "a5"], theirs.Select(q => q.Article.Id));
                Assert.Equal(articles[3], theirs[0].Article);
                Assert.Equal(StoredArticle.Absent, theirs[0].StoredAtClaim);
            });
            Assert.Equal(["a1", "a2", "a3"], mine.Select(q => q.Article.Id));
        });
    }

    [PostgresFact]
    public void Completed_articles_leave_the_queue_and_a_failed_batch_returns_to_it()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var store = db.Open();
        var queue = (IArticleQueue)store;
        queue.Enqueue([Article("a1"), Article("a2"), Article("a3")]);

        Assert.Throws<InvalidOperationException>(() => store.RunInTransaction(() =>
        {
            queue.Complete(queue.Claim(2).Select(q => q.Seq));
            throw new InvalidOperationException("the worker failed");
        }));
        Assert.Equal(3, queue.QueueLength());

        store.RunInTransaction(() => queue.Complete(queue.Claim(2).Select(q => q.Seq)));
        Assert.Equal(1, queue.QueueLength());
        store.RunInTransaction(() => Assert.Equal(["a3"], queue.Claim(10).Select(q => q.Article.Id)));
    }

    [PostgresFact]
    public void The_claim_of_a_worker_whose_connection_dies_returns_to_the_queue()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var dying = db.Open();
        var survivor = db.Open();
        ((IArticleQueue)dying).Enqueue([Article("a1"), Article("a2")]);

        Assert.ThrowsAny<NpgsqlException>(() => dying.RunInTransaction(() =>
        {
            Assert.Equal(2, ((IArticleQueue)dying).Claim(10).Count);
            survivor.RunInTransaction(() => Assert.Empty(((IArticleQueue)survivor).Claim(10)));
            // the server ends the worker's session, as it does when the worker's process is killed
            Assert.Equal(1L, db.Count($"""
                SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = current_database() AND state = 'idle in transaction' AND application_name = 'sitrep'
                """));
            Save(dying, Analyzed(Article("a1"), []));
        }));

        // the server ends the session a moment after it is told to: until its process is gone, its row locks stand
        for (var i = 0; i < 100 && db.Count("""
                 SELECT COUNT(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND state = 'idle in transaction' AND application_name = 'sitrep'
                 """) > 0; i++)
            Thread.Sleep(100);
        survivor.RunInTransaction(() => Assert.Equal(["a1", "a2"], ((IArticleQueue)survivor).Claim(10).Select(q => q.Article.Id)));
        Assert.Equal(StoredArticle.Absent, survivor.Find(Article("a1")));
    }

    [PostgresFact]
    public void Two_workers_that_claimed_the_same_article_write_its_text_once_the_second_waiting_for_the_first()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var first = db.Open();
        var second = db.Open();
        ((IArticleQueue)first).Enqueue([Article("a1")]);
        ((IArticleQueue)second).Enqueue([Article("a1")]); // read by two workers: queued twice
        var text = Analyzed(Article("a1"), []);
        var other = Analyzed(Article("a0"), []);
        Task<IReadOnlySet<string>>? secondWrite = null;

        first.RunInTransaction(() =>
        {
            Assert.Single(((IArticleQueue)first).Claim(1));
            Assert.Equal(["a1"], ((IArticleQueue)first).SaveArticleTexts([(text.Document, text.Mentions)]));
            secondWrite = Task.Run(() =>
            {
                IReadOnlySet<string> written = new HashSet<string>();
                second.RunInTransaction(() =>
                {
                    Assert.Single(((IArticleQueue)second).Claim(1));
                    written = ((IArticleQueue)second).SaveArticleTexts([(text.Document, text.Mentions), (other.Document, other.Mentions)]);
                });
                return written;
            });
            WaitFor(() => WaitingLocks(db, "transactionid") == 1);
        });

        Assert.True(secondWrite!.Wait(TimeSpan.FromMinutes(1)), "the second worker never finished");
        Assert.Equal(["a0"], secondWrite.Result); // a1 was written by the first, a0 only by the second
        Assert.Equal(2, db.Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(2, db.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(2 * text.Mentions.Count, db.Count("SELECT COUNT(*) FROM mentions"));
        Assert.Equal(text.Mentions.Count, db.Count("SELECT COUNT(*) FROM mentions WHERE article_id = 'a1'"));
    }

    [PostgresFact]
    public void Two_copies_of_one_id_in_one_write_of_texts_are_refused()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var queue = (IArticleQueue)db.Open();
        var a = Analyzed(Article("a1"), []);
        Assert.Throws<ArgumentException>(() => queue.SaveArticleTexts([(a.Document, a.Mentions), (a.Document, a.Mentions)]));
    }

    [PostgresFact]
    public void Claims_and_the_linking_lock_need_a_transaction()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var queue = (IArticleQueue)db.Open();
        Assert.Throws<InvalidOperationException>(() => queue.Claim(1));
        Assert.Throws<InvalidOperationException>(() => queue.LockForLinking());
    }

    [PostgresFact]
    public void A_worker_waits_for_the_linking_lock_until_the_holder_commits()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var holder = db.Open();
        var waiter = db.Open();
        var acquired = new ManualResetEventSlim();
        Task? waiting = null;
        holder.RunInTransaction(() =>
        {
            ((IArticleQueue)holder).LockForLinking();
            waiting = Task.Run(() => waiter.RunInTransaction(() =>
            {
                ((IArticleQueue)waiter).LockForLinking();
                acquired.Set();
            }));
            WaitFor(() => WaitingLocks(db, "advisory") == 1);
            Assert.False(acquired.IsSet);
        });
        Assert.True(waiting!.Wait(TimeSpan.FromMinutes(1)), "the waiting worker never got the lock");
        Assert.True(acquired.IsSet);
    }

    [PostgresFact]
    public void Workers_opening_a_new_database_at_once_apply_each_migration_once()
    {
        using var db = new StoreUnderTest(StoreUnderTest.Postgres);
        var opened = Enumerable.Range(0, 4).Select(_ => Task.Run(db.Open)).ToArray();
        Task.WaitAll(opened);
        Assert.Equal(Migrations.Steps.Count, (int)db.Count("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(Migrations.Steps.Count, (int)db.Count("SELECT MAX(version) FROM schema_migrations"));
    }

    /// <summary>Lock requests of a type that sessions of this test's database wait for (other tests use other databases).</summary>
    private static long WaitingLocks(StoreUnderTest db, string type) =>
        db.Count($"""
            SELECT COUNT(*) FROM pg_locks
            WHERE locktype = '{type}' AND NOT granted AND pid IN (SELECT pid FROM pg_stat_activity WHERE datname = current_database())
            """);

    /// <summary>Polls until the condition holds; a hang guard only, never an assertion on speed.</summary>
    private static void WaitFor(Func<bool> condition)
    {
        var guard = Stopwatch.StartNew();
        while (!condition())
        {
            if (guard.Elapsed > TimeSpan.FromMinutes(1)) throw new Xunit.Sdk.XunitException("the condition never held");
            Thread.Sleep(5);
        }
    }
}
