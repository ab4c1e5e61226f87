using Sitrep.Model;
using Sitrep.Storage;
using static Sitrep.Tests.Storage.StoredObjects;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The storage contract (<see cref="IIncidentStore"/>), run on every engine: SQLite always, PostgreSQL when a test
/// server is configured. Both engines must give the same answers, in the same order.
/// </summary>
public sealed class IncidentStoreTests
{
    [Theory, OnSqlite, OnPostgres]
    public void Migrating_again_changes_nothing_and_a_second_store_sees_the_same_data(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var first = db.Open();
        Save(first, Analyzed(Article("a1"), []));
        first.Migrate();
        using var second = db.Open();
        second.Migrate();
        Assert.Equal(StoredArticle.Same, second.Find(Article("a1")));
    }

    [Theory, OnSqlite, OnPostgres]
    public void An_article_is_absent_then_the_same_and_a_changed_text_under_its_id_is_different(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Assert.Equal(StoredArticle.Absent, store.Find(Article("a1")));
        Save(store, Analyzed(Article("a1"), []));
        Assert.Equal(StoredArticle.Same, store.Find(Article("a1")));
        Assert.Equal(StoredArticle.Different, store.Find(Article("a1", "Another text.")));
        Assert.Equal(StoredArticle.Absent, store.Find(Article("a2")));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_stored_article_reads_back_with_every_field(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        var full = Article("a1");
        var bare = new Article("a2", "Only a text.\r\nWith CRLF and 🙂.");
        Save(store, Analyzed(full, []));
        Save(store, Analyzed(bare, []));
        Assert.Equal(full, store.Article("a1"));
        Assert.Equal(bare, store.Article("a2"));
        Assert.Null(store.Article("a3"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Reports_near_a_day_are_those_of_the_country_within_the_days_inclusive_in_id_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Save(store, Analyzed(Article("a1"), [
            Report("a1#2", "a1", "SY", "2024-03-04"), Report("a1#1", "a1", "SY", "2024-03-06"), Report("a1#3", "a1", "SY", "2024-03-07"),
            Report("a1#4", "a1", "IQ", "2024-03-05"), Report("a1#5", "a1", "SY", null), Report("a1#6", "a1", null, "2024-03-05"),
        ]));
        Save(store, Analyzed(Article("a0"), [Report("a0#1", "a0", "SY", "2024-03-05"), Report("B#1", "a0", "SY", "2024-03-05")]));

        var near = store.ReportsNear("SY", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 6));

        // ordinal order: "B#1" (upper case) sorts before "a0#1", as in SQLite, whatever the database's collation
        Assert.Equal(["B#1", "a0#1", "a1#1", "a1#2"], near.Select(r => r.Id));
        Assert.Equal(Json(Report("a1#1", "a1", "SY", "2024-03-06")), Json(near[2]));
        Assert.Empty(store.ReportsNear("FR", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Linked_reports_name_their_incident_and_an_incident_lists_its_reports_in_id_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Save(store, Analyzed(Article("a1"), [Report("a1#1", "a1", "SY", "2024-03-05"), Report("a1#2", "a1", "SY", "2024-03-05")]));
        Save(store, Analyzed(Article("a2"), [Report("a2#1", "a2", "SY", "2024-03-05")]));
        Assert.Null(store.IncidentOfReport("a1#1"));

        store.LinkReports(["a2#1", "a1#1"], "inc-1");
        store.LinkReports(["a1#2"], "inc-2");

        Assert.Equal("inc-1", store.IncidentOfReport("a1#1"));
        Assert.Equal("inc-2", store.IncidentOfReport("a1#2"));
        Assert.Null(store.IncidentOfReport("nope#1"));
        Assert.Equal(["a1#1", "a2#1"], store.ReportsOfIncident("inc-1").Select(r => r.Id));
        Assert.Empty(store.ReportsOfIncident("inc-3"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Waves_of_reports_are_each_wave_once_in_id_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Save(store, Analyzed(Article("a1"),
            [Report("a1#1", "a1", "SY", "2024-03-05", "a1~w2"), Report("a1#2", "a1", "SY", "2024-03-05", "a1~w1"), Report("a1#3", "a1", "SY", "2024-03-05")],
            [Wave("a1~w2", "a1", "a1#1", "a1#2"), Wave("a1~w1", "a1", "a1#2")]));

        var waves = store.WavesOfReports(["a1#2", "a1#1", "a1#3"]);

        Assert.Equal(["a1~w1", "a1~w2"], waves.Select(w => w.Id));
        Assert.Equal(["a1#1", "a1#2"], waves[1].MemberReportIds);
        Assert.Empty(store.WavesOfReports(["a1#3"]));
        Assert.Empty(store.WavesOfReports([]));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Reports_of_an_article_are_its_own_in_ordinal_id_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Save(store, Analyzed(Article("a1"), [Report("a1#2", "a1", "SY", "2024-03-05"), Report("a1#10", "a1", null, null), Report("a1#1", "a1", "IQ", "2024-03-04")]));
        Save(store, Analyzed(Article("a2"), [Report("a2#1", "a2", "SY", "2024-03-05")]));
        Save(store, Analyzed(Article("a3"), []));

        var reports = store.ReportsOfArticle("a1");

        Assert.Equal(["a1#1", "a1#10", "a1#2"], reports.Select(r => r.Id));
        Assert.Equal(Json(Report("a1#10", "a1", null, null)), Json(reports[1]));
        Assert.Empty(store.ReportsOfArticle("a3"));
        Assert.Empty(store.ReportsOfArticle("nope"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_document_text_of_an_article_is_its_cleaned_text_or_null_when_not_stored(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        var article = Article("a1", "Raw text\r\nof a1 🙂.");
        var document = new Document(article, "Cleaned text\nof a1 🙂.", OffsetMap.Identity(article.Text.Length));
        store.SaveArticle(document, new ArticleReading("a1", [], []), []);

        Assert.Equal("Cleaned text\nof a1 🙂.", store.DocumentText("a1"));
        Assert.Null(store.DocumentText("a2"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Articles_sharing_keys_count_each_key_once_within_its_kind_in_ordinal_article_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        foreach (var id in new[] { "a1", "a2", "B3", "a4" }) Save(store, Analyzed(Article(id), []));
        store.SaveArticleKeys("a1", "name", ["ali hassan", "omar said", "ali hassan"]);
        store.SaveArticleKeys("a1", "name", ["omar said"]); // saved again: still one key
        store.SaveArticleKeys("a2", "name", ["omar said", "şükrü öz"]);
        store.SaveArticleKeys("B3", "name", ["ali hassan", "omar said", "şükrü öz"]);
        store.SaveArticleKeys("a4", "lsh", ["ali hassan", "omar said"]); // another kind
        store.SaveArticleKeys("a4", "name", []);

        var matches = store.ArticlesSharingKeys("name", ["omar said", "ali hassan", "şükrü öz", "omar said", "nobody"]);

        // ordinal order: "B3" (upper case) before "a1", as in SQLite, whatever the database's collation
        Assert.Equal([new KeyMatch("B3", 3), new KeyMatch("a1", 2), new KeyMatch("a2", 2)], matches);
        Assert.Equal([new KeyMatch("a4", 1)], store.ArticlesSharingKeys("lsh", ["ali hassan"]));
        Assert.Equal([new KeyMatch("B3", 1), new KeyMatch("a2", 1)], store.ArticlesSharingKeys("name", ["şükrü öz"]));
        Assert.Empty(store.ArticlesSharingKeys("name", ["Ali Hassan"])); // keys compare exactly
        Assert.Empty(store.ArticlesSharingKeys("name", []));
        Assert.Empty(store.ArticlesSharingKeys("place", ["omar said"]));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Near_duplicates_of_articles_are_each_pair_once_in_ordinal_pair_order_with_their_similarity(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        foreach (var id in new[] { "a1", "a2", "B3", "a4", "a5" }) Save(store, Analyzed(Article(id), []));
        store.SaveNearDuplicate(NearDuplicate.Of("a2", "a1", 1.0 / 3));
        store.SaveNearDuplicate(NearDuplicate.Of("a1", "B3", 0.75));
        store.SaveNearDuplicate(NearDuplicate.Of("a4", "a2", 0.5));
        store.SaveNearDuplicate(NearDuplicate.Of("a1", "a2", 0.9)); // the pair again: the first similarity stays

        var pairs = store.NearDuplicatesOf(["a2", "a1"]);

        Assert.Equal([new NearDuplicate("B3", "a1", 0.75), new NearDuplicate("a1", "a2", 1.0 / 3), new NearDuplicate("a2", "a4", 0.5)], pairs);
        Assert.Equal([new NearDuplicate("a2", "a4", 0.5)], store.NearDuplicatesOf(["a4"]));
        Assert.Empty(store.NearDuplicatesOf(["a5"]));
        Assert.Empty(store.NearDuplicatesOf([]));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_withdrawn_figure_is_stored_with_its_mark_in_reports_and_incidents(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        var figure = new CasualtyFigure(4, Qualifiers.Exact, "mayor", new Evidence("killed", "a1", 0, 4, "Made"), new DateOnly(2024, 3, 5), Withdrawn: true);
        var report = Report("a1#1", "a1", "SY", "2024-03-05") with { Killed = [figure] };
        Save(store, Analyzed(Article("a1"), [report]));
        var incident = Incident("inc-1", "2024-03-05") with { Killed = new CasualtyEstimate(null, null, null, [figure]) };
        store.SaveIncident(incident);

        Assert.True(Assert.Single(Assert.Single(store.ReportsOfArticle("a1")).Killed).Withdrawn);
        Assert.True(Assert.Single(store.Incident("inc-1")!.Killed.Reports).Withdrawn);
        Assert.Contains("\"withdrawn\":true", Json(report));
    }

    [Theory, OnSqlite, OnPostgres]
    public void An_incident_saved_twice_is_stored_once_with_its_latest_content_and_deleted_entirely(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        store.SaveIncident(Incident("inc-1", "2024-03-05"));
        var changed = Incident("inc-1", "2024-03-06") with { Summary = "Changed.", Latitude = 1.0 / 3 };
        store.SaveIncident(changed);

        Assert.Equal(1, store.IncidentCount());
        Assert.Equal(Json(changed), Json(store.Incident("inc-1")));
        Assert.Equal(1.0 / 3, store.Incident("inc-1")!.Latitude); // full double precision

        store.DeleteIncident("inc-1");
        Assert.Null(store.Incident("inc-1"));
        Assert.Equal(0, store.IncidentCount());
        Assert.Empty(store.Incidents());
    }

    [Theory, OnSqlite, OnPostgres]
    public void Incidents_come_by_day_with_undated_ones_first_then_by_id_in_ordinal_order(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        foreach (var (id, day) in new[] { ("inc-b", "2024-03-05"), ("inc-a", "2024-03-06"), ("inc-c", null), ("inc-A", "2024-03-05"), ("inc-0", null) })
            store.SaveIncident(Incident(id, day));

        Assert.Equal(["inc-0", "inc-c", "inc-A", "inc-b", "inc-a"], store.Incidents().Select(i => i.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Groups_are_replaced_when_saved_again_listed_by_id_and_deleted(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        store.SaveGroup(new IncidentGroup { Id = "grp-b", Members = ["inc-1", "inc-2"] });
        store.SaveGroup(new IncidentGroup { Id = "grp-a", Members = ["inc-3", "inc-4"] });
        store.SaveGroup(new IncidentGroup { Id = "grp-b", Members = ["inc-1", "inc-5"] });

        Assert.Equal(["grp-a", "grp-b"], store.Groups().Select(g => g.Id));
        Assert.Equal(["inc-1", "inc-5"], store.Groups()[1].Members);

        store.DeleteGroup("grp-a");
        Assert.Equal(["grp-b"], store.Groups().Select(g => g.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_transaction_that_throws_leaves_nothing_and_a_nested_one_joins_the_outer(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var store = db.Open();
        Assert.Throws<InvalidOperationException>(() => store.RunInTransaction(() =>
        {
            Save(store, Analyzed(Article("a1"), [Report("a1#1", "a1", "SY", "2024-03-05")]));
            store.RunInTransaction(() => store.SaveIncident(Incident("inc-1", "2024-03-05")));
            throw new InvalidOperationException("stop");
        }));
        Assert.Equal(StoredArticle.Absent, store.Find(Article("a1")));
        Assert.Equal(0, store.IncidentCount());

        store.RunInTransaction(() => Save(store, Analyzed(Article("a1"), [])));
        Assert.Equal(StoredArticle.Same, store.Find(Article("a1")));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Writes_of_a_transaction_are_seen_by_another_store_only_once_committed(string engine)
    {
        using var db = new StoreUnderTest(engine);
        var writer = db.Open();
        var reader = db.Open();
        writer.RunInTransaction(() =>
        {
            writer.SaveIncident(Incident("inc-1", "2024-03-05"));
            Assert.Equal(0, reader.IncidentCount());
        });
        Assert.Equal(1, reader.IncidentCount());
    }
}
