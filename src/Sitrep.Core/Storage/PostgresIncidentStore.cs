using Npgsql;
using NpgsqlTypes;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The shared store: one PostgreSQL database that many ingest workers (on one machine or many) write to at once,
/// with the schema of <see cref="Migrations"/>. Workers take articles from a queue table (<see cref="IArticleQueue"/>,
/// <c>FOR UPDATE SKIP LOCKED</c>), write their texts side by side, and store their reports and link them under one
/// transaction-level advisory lock, so that linking, which reads and rewrites the incidents near each report,
/// never runs in two workers at once.
/// </summary>
public sealed class PostgresIncidentStore : IIncidentStore, IArticleQueue
{
    // Advisory lock keys (any numbers that nothing else in the database uses): one for migrations, one for linking.
    private const long MigrationLock = 0x5369_7472_6570_0001;
    private const long LinkingLock = 0x5369_7472_6570_0002;

    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    /// <param name="connection">An Npgsql connection string or a postgresql:// URI (<see cref="PostgresConnectionString"/>).</param>
    public PostgresIncidentStore(string connection)
    {
        var builder = PostgresConnectionString.Parse(connection);
        if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = "sitrep";
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        _connection = new NpgsqlConnection(builder.ConnectionString);
        _connection.Open();
    }

    public void Migrate()
    {
        if (SchemaVersion() >= Migrations.Steps.Count) return; // up to date: nothing to lock (a read-only role can open it)
        // The version is read again under a lock that every migrating process takes, so two workers opening a new
        // database at once apply each step once; PostgreSQL runs DDL inside the transaction, so a step is all or nothing.
        RunInTransaction(() =>
        {
            Execute("SELECT pg_advisory_xact_lock(@k)", ("k", MigrationLock));
            Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            for (var v = SchemaVersion(); v < Migrations.Steps.Count; v++)
            {
                if (Migrations.Steps[v].Postgres is { } sql) Execute(sql);
                Execute("INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @t)", ("v", v + 1), ("t", DateTime.UtcNow.ToString("O")));
            }
        });
    }

    private int SchemaVersion() =>
        Scalar("SELECT to_regclass('schema_migrations') IS NULL") is true ? 0
        : Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));

    public void RunInTransaction(Action work)
    {
        if (_transaction is not null) { work(); return; }
        _transaction = _connection.BeginTransaction();
        try
        {
            work();
            _transaction.Commit();
        }
        catch
        {
            try { _transaction.Rollback(); }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { } // the connection is gone: the server rolls back
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public StoredArticle Find(Article article)
    {
        var hash = Scalar("SELECT content_hash FROM articles WHERE id = @id", ("id", article.Id)) as string;
        return hash is null ? StoredArticle.Absent : hash == article.ContentHash ? StoredArticle.Same : StoredArticle.Different;
    }

    public void SaveArticle(Document document, ArticleReading reading, IReadOnlyList<StoredMention> mentions)
    {
        if (SaveArticleTexts([(document, mentions)]).Count == 0) throw new InvalidOperationException($"article '{document.Id}' is already stored");
        SaveReading(reading);
    }

    public IReadOnlySet<string> SaveArticleTexts(IReadOnlyList<(Document Document, IReadOnlyList<StoredMention> Mentions)> texts)
    {
        if (texts.Select(t => t.Document.Id).Distinct(StringComparer.Ordinal).Count() != texts.Count)
            throw new ArgumentException("an article id comes twice in one write of article texts", nameof(texts));
        var articles = texts.Select(t => t.Document.Article).ToList();
        var mentions = texts.SelectMany(t => t.Mentions.Select(m => (t.Document.Id, Mention: m))).ToList();
        // one round trip for the batch; rows go in in id order, and an article's document and mentions only with it
        var written = Query("""
            WITH input AS (
                SELECT * FROM unnest(@id::text[], @hash::text[], @title::text[], @url::text[], @outlet::text[], @published::text[],
                    @origin::text[], @text::text[], @doc::text[], @map::text[]) AS x(id, hash, title, url, outlet, published, origin, text, doc, map)),
            a AS (
                INSERT INTO articles (id, content_hash, title, url, outlet, published, origin, text, ingested_at)
                SELECT id, hash, title, url, outlet, published, origin, text, @at FROM input ORDER BY id
                ON CONFLICT (id) DO NOTHING RETURNING id),
            d AS (INSERT INTO documents (article_id, text, offset_map) SELECT i.id, i.doc, i.map FROM input i JOIN a ON a.id = i.id),
            m AS (
                INSERT INTO mentions (article_id, kind, start_at, end_at, value)
                SELECT x.a, x.k, x.s, x.e, x.v FROM unnest(@ma::text[], @mk::text[], @ms::integer[], @me::integer[], @mv::text[]) AS x(a, k, s, e, v)
                JOIN a ON a.id = x.a)
            SELECT id FROM a
            """, r => r.GetString(0),
            ("id", articles.Select(a => a.Id).ToArray()), ("hash", articles.Select(a => a.ContentHash).ToArray()),
            ("title", articles.Select(a => a.Title).ToArray()), ("url", articles.Select(a => a.Url).ToArray()),
            ("outlet", articles.Select(a => a.Outlet).ToArray()), ("published", articles.Select(a => a.Published?.ToString("yyyy-MM-dd")).ToArray()),
            ("origin", articles.Select(a => a.Origin).ToArray()), ("text", articles.Select(a => a.Text).ToArray()),
            ("doc", texts.Select(t => t.Document.Text).ToArray()),
            ("map", texts.Select(t => StorageJson.Write(t.Document.Map.Pieces.Select(p => new[] { p.Cleaned, p.Original, p.Length }))).ToArray()),
            ("at", DateTime.UtcNow.ToString("O")),
            ("ma", mentions.Select(m => m.Id).ToArray()), ("mk", mentions.Select(m => m.Mention.Kind).ToArray()),
            ("ms", mentions.Select(m => m.Mention.Start).ToArray()), ("me", mentions.Select(m => m.Mention.End).ToArray()),
            ("mv", mentions.Select(m => m.Mention.Value).ToArray()));
        return written.ToHashSet(StringComparer.Ordinal);
    }

    public void SaveReading(ArticleReading reading)
    {
        if (reading.Reports.Count == 0 && reading.Waves.Count == 0) return;
        Execute("""
            INSERT INTO reports (id, article_id, country, day, body)
            SELECT r, @id, c, d, b FROM unnest(@rid::text[], @rc::text[], @rd::text[], @rb::text[]) AS x(r, c, d, b);
            INSERT INTO waves (id, article_id, body) SELECT w, @id, b FROM unnest(@wid::text[], @wb::text[]) AS x(w, b);
            INSERT INTO wave_members (wave_id, report_id) SELECT w, r FROM unnest(@mw::text[], @mr::text[]) AS x(w, r);
            """,
            ("id", reading.ArticleId),
            ("rid", reading.Reports.Select(r => r.Id).ToArray()), ("rc", reading.Reports.Select(r => r.Place?.CountryCode).ToArray()),
            ("rd", reading.Reports.Select(r => Linking.ReportMatcher.Day(r)?.ToString("yyyy-MM-dd")).ToArray()),
            ("rb", reading.Reports.Select(r => StorageJson.Write(r)).ToArray()),
            ("wid", reading.Waves.Select(w => w.Id).ToArray()), ("wb", reading.Waves.Select(w => StorageJson.Write(w)).ToArray()),
            ("mw", reading.Waves.SelectMany(w => w.MemberReportIds.Select(_ => w.Id)).ToArray()),
            ("mr", reading.Waves.SelectMany(w => w.MemberReportIds).ToArray()));
    }

    public IReadOnlyList<IncidentReport> ReportsNear(string country, DateOnly from, DateOnly to) =>
        Query("SELECT body FROM reports WHERE country = @c AND day BETWEEN @f AND @t ORDER BY id",
            r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("c", country), ("f", from.ToString("yyyy-MM-dd")), ("t", to.ToString("yyyy-MM-dd")));

    public string? IncidentOfReport(string reportId) => Scalar("SELECT incident_id FROM reports WHERE id = @id", ("id", reportId)) as string;

    public IReadOnlyList<IncidentReport> ReportsOfIncident(string incidentId) =>
        Query("SELECT body FROM reports WHERE incident_id = @i ORDER BY id", r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("i", incidentId));

    public void LinkReports(IEnumerable<string> reportIds, string incidentId) =>
        Execute("UPDATE reports SET incident_id = @i WHERE id = ANY(@ids)", ("i", incidentId), ("ids", reportIds.ToArray()));

    public IReadOnlyList<WaveReport> WavesOfReports(IEnumerable<string> reportIds) =>
        Query("""
            SELECT DISTINCT w.id, w.body FROM wave_members m JOIN waves w ON w.id = m.wave_id
            WHERE m.report_id = ANY(@ids) ORDER BY w.id
            """, r => StorageJson.Read<WaveReport>(r.GetString(1)), ("ids", reportIds.ToArray()));

    public IReadOnlyList<IncidentReport> ReportsOfArticle(string articleId) =>
        Query("SELECT body FROM reports WHERE article_id = @a ORDER BY id", r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("a", articleId));

    public string? DocumentText(string articleId) =>
        Scalar("SELECT text FROM documents WHERE article_id = @a", ("a", articleId)) as string;

    public void SaveArticleKeys(string articleId, string kind, IEnumerable<string> keys)
    {
        var all = keys.ToArray();
        if (all.Length == 0) return;
        Execute("""
            INSERT INTO article_keys (kind, key, article_id)
            SELECT DISTINCT @k, x, @a FROM unnest(@keys::text[]) AS x ORDER BY 2
            ON CONFLICT DO NOTHING
            """, ("k", kind), ("a", articleId), ("keys", all));
    }

    public IReadOnlyList<KeyMatch> ArticlesSharingKeys(string kind, IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0) return Array.Empty<KeyMatch>();
        return Query("""
            SELECT article_id, COUNT(*) FROM article_keys WHERE kind = @k AND key = ANY(@keys)
            GROUP BY article_id ORDER BY article_id
            """, r => new KeyMatch(r.GetString(0), checked((int)r.GetInt64(1))), ("k", kind), ("keys", keys.Distinct(StringComparer.Ordinal).ToArray()));
    }

    public void SaveNearDuplicate(NearDuplicate pair) =>
        Execute("INSERT INTO near_duplicates (first_id, second_id, similarity) VALUES (@f, @s, @j) ON CONFLICT DO NOTHING",
            ("f", pair.FirstId), ("s", pair.SecondId), ("j", pair.Similarity));

    // ordered as SqliteIncidentStore orders them (ordinal, in memory), whatever the server's collation
    public IReadOnlyList<NearDuplicate> NearDuplicatesOf(IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return Array.Empty<NearDuplicate>();
        var ids = articleIds.Distinct(StringComparer.Ordinal).ToArray();
        return Query("""
            SELECT first_id, second_id, similarity FROM near_duplicates
            WHERE first_id = ANY(@ids) OR second_id = ANY(@ids)
            """, r => new NearDuplicate(r.GetString(0), r.GetString(1), r.GetDouble(2)), ("ids", ids))
            .OrderBy(d => d.FirstId, StringComparer.Ordinal).ThenBy(d => d.SecondId, StringComparer.Ordinal).ToList();
    }

    public void SaveIncident(Incident incident) =>
        Execute("""
            DELETE FROM evidence WHERE incident_id = @id;
            DELETE FROM incidents WHERE id = @id;
            INSERT INTO incidents (id, day, country, latitude, longitude, killed_best, group_id, body)
            VALUES (@id, @d, @c, @lat, @lon, @k, @g, @b);
            INSERT INTO evidence (incident_id, field, document, start_at, end_at, quote)
            SELECT @id, f, d, s, e, q FROM unnest(@ef::text[], @ed::text[], @es::integer[], @ee::integer[], @eq::text[]) AS x(f, d, s, e, q);
            """,
            ("id", incident.Id), ("d", incident.Date), ("c", incident.Country), ("lat", incident.Latitude), ("lon", incident.Longitude),
            ("k", incident.Killed.Best), ("g", incident.Group), ("b", StorageJson.Write(incident)),
            ("ef", incident.Evidence.Select(e => e.Field).ToArray()), ("ed", incident.Evidence.Select(e => e.Document).ToArray()),
            ("es", incident.Evidence.Select(e => e.Start).ToArray()), ("ee", incident.Evidence.Select(e => e.End).ToArray()),
            ("eq", incident.Evidence.Select(e => e.Quote).ToArray()));

    public void DeleteIncident(string incidentId) =>
        Execute("DELETE FROM evidence WHERE incident_id = @i; DELETE FROM incidents WHERE id = @i;", ("i", incidentId));

    public Incident? Incident(string incidentId) =>
        Query("SELECT body FROM incidents WHERE id = @i", r => StorageJson.Read<Incident>(r.GetString(0)), ("i", incidentId)).FirstOrDefault();

    public void SaveGroup(IncidentGroup group) =>
        Execute("DELETE FROM incident_groups WHERE id = @id; INSERT INTO incident_groups (id, body) VALUES (@id, @b);",
            ("id", group.Id), ("b", StorageJson.Write(group)));

    public void DeleteGroup(string groupId) => Execute("DELETE FROM incident_groups WHERE id = @id", ("id", groupId));

    // SQLite puts NULL first in ascending order; PostgreSQL puts it last unless told.
    public IReadOnlyList<Incident> Incidents() =>
        Query("SELECT body FROM incidents ORDER BY day NULLS FIRST, id", r => StorageJson.Read<Incident>(r.GetString(0)));

    public IReadOnlyList<IncidentGroup> Groups() =>
        Query("SELECT body FROM incident_groups ORDER BY id", r => StorageJson.Read<IncidentGroup>(r.GetString(0)));

    public Article? Article(string id) =>
        Query("SELECT id, text, title, url, outlet, published, origin FROM articles WHERE id = @id", ReadArticle, ("id", id)).FirstOrDefault();

    public int IncidentCount() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM incidents"));

    // ---- the work queue ------------------------------------------------------------------------------------

    public IReadOnlyList<StoredArticle> Enqueue(IReadOnlyList<Article> articles)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, hash) in Query("SELECT id, content_hash FROM articles WHERE id = ANY(@ids)",
                     r => (r.GetString(0), r.GetString(1)), ("ids", articles.Select(a => a.Id).Distinct().ToArray())))
            stored[id] = hash;
        var states = articles.Select(a => !stored.TryGetValue(a.Id, out var hash) ? StoredArticle.Absent
            : hash == a.ContentHash ? StoredArticle.Same : StoredArticle.Different).ToList();
        var queued = articles.Where((_, i) => states[i] == StoredArticle.Absent).ToList();
        if (queued.Count > 0)
            Execute("""
                INSERT INTO ingest_queue (id, content_hash, title, url, outlet, published, origin, text, queued_at)
                SELECT i, h, ti, u, o, p, og, tx, @at
                FROM unnest(@i::text[], @h::text[], @ti::text[], @u::text[], @o::text[], @p::text[], @og::text[], @tx::text[])
                    WITH ORDINALITY AS x(i, h, ti, u, o, p, og, tx, n)
                ORDER BY n
                """,
                ("i", queued.Select(a => a.Id).ToArray()), ("h", queued.Select(a => a.ContentHash).ToArray()),
                ("ti", queued.Select(a => a.Title).ToArray()), ("u", queued.Select(a => a.Url).ToArray()),
                ("o", queued.Select(a => a.Outlet).ToArray()), ("p", queued.Select(a => a.Published?.ToString("yyyy-MM-dd")).ToArray()),
                ("og", queued.Select(a => a.Origin).ToArray()), ("tx", queued.Select(a => a.Text).ToArray()),
                ("at", DateTime.UtcNow.ToString("O")));
        return states;
    }

    public IReadOnlyList<QueuedArticle> Claim(int max)
    {
        if (_transaction is null) throw new InvalidOperationException("claim queued articles inside RunInTransaction: the claim lasts as long as the transaction");
        return Query("""
            SELECT q.seq, q.id, q.text, q.title, q.url, q.outlet, q.published, q.origin, q.content_hash, a.content_hash
            FROM ingest_queue q LEFT JOIN articles a ON a.id = q.id
            ORDER BY q.seq LIMIT @n
            FOR UPDATE OF q SKIP LOCKED
            """,
            r => new QueuedArticle(r.GetInt64(0), ReadArticle(r, 1),
                r.IsDBNull(9) ? StoredArticle.Absent : r.GetString(9) == r.GetString(8) ? StoredArticle.Same : StoredArticle.Different),
            ("n", max));
    }

    public void LockForLinking()
    {
        if (_transaction is null) throw new InvalidOperationException("take the linking lock inside RunInTransaction: it lasts as long as the transaction");
        Execute("SELECT pg_advisory_xact_lock(@k)", ("k", LinkingLock));
    }

    public void Complete(IEnumerable<long> seqs) => Execute("DELETE FROM ingest_queue WHERE seq = ANY(@s)", ("s", seqs.ToArray()));

    public int QueueLength() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM ingest_queue"));

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private static Article ReadArticle(NpgsqlDataReader r) => ReadArticle(r, 0);

    /// <summary>An article from the columns id, text, title, url, outlet, published, origin starting at <paramref name="at"/>.</summary>
    private static Article ReadArticle(NpgsqlDataReader r, int at) => DbRows.ReadArticle(r, at);

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var (name, value) in parameters)
            cmd.Parameters.Add(value switch
            {
                null => new NpgsqlParameter(name, DBNull.Value),
                string[] texts => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = texts },
                _ => new NpgsqlParameter(name, value),
            });
        return cmd;
    }

    private void Execute(string sql, params (string, object?)[] parameters) => DbRows.Execute(Command(sql, parameters));

    private object? Scalar(string sql, params (string, object?)[] parameters) => DbRows.Scalar(Command(sql, parameters));

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params (string, object?)[] parameters) =>
        DbRows.Query(Command(sql, parameters), read);
}
