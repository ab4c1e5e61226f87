using Microsoft.Data.Sqlite;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>The embedded default store: one SQLite file (WAL journal), schema from <see cref="Migrations"/>.</summary>
public sealed class SqliteIncidentStore : IIncidentStore
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    public SqliteIncidentStore(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824; PRAGMA wal_autocheckpoint=16384;");
    }

    public void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        // The version is read inside the write transaction (BEGIN IMMEDIATE), so two processes opening a new
        // database at once apply each step once: the second waits for the first, then finds nothing to do.
        RunInTransaction(() =>
        {
            var current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
            for (var v = current; v < Migrations.Steps.Count; v++)
            {
                if (Migrations.Steps[v].Sqlite is { } sql) Execute(sql);
                Execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($v, $t)", ("$v", v + 1), ("$t", DateTime.UtcNow.ToString("O")));
            }
        });
    }

    public void RunInTransaction(Action work)
    {
        if (_transaction is not null) { work(); return; }
        _transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            work();
            _transaction.Commit();
        }
        catch
        {
            _transaction.Rollback();
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
        var hash = Scalar("SELECT content_hash FROM articles WHERE id = $id", ("$id", article.Id)) as string;
        return hash is null ? StoredArticle.Absent : hash == article.ContentHash ? StoredArticle.Same : StoredArticle.Different;
    }

    public void SaveArticle(Document document, ArticleReading reading, IReadOnlyList<StoredMention> mentions)
    {
        var a = document.Article;
        Execute("""
            INSERT INTO articles (id, content_hash, title, url, outlet, published, origin, text, ingested_at)
            VALUES ($id, $hash, $title, $url, $outlet, $published, $origin, $text, $at)
            """,
            ("$id", a.Id), ("$hash", a.ContentHash), ("$title", a.Title), ("$url", a.Url), ("$outlet", a.Outlet),
            ("$published", a.Published?.ToString("yyyy-MM-dd")), ("$origin", a.Origin), ("$text", a.Text), ("$at", DateTime.UtcNow.ToString("O")));
        Execute("INSERT INTO documents (article_id, text, offset_map) VALUES ($id, $text, $map)",
            ("$id", a.Id), ("$text", document.Text), ("$map", StorageJson.Write(document.Map.Pieces.Select(p => new[] { p.Cleaned, p.Original, p.Length }))));
        using (var cmd = Command("INSERT INTO mentions (article_id, kind, start_at, end_at, value) VALUES ($a, $k, $s, $e, $v)"))
        {
            var pa = cmd.Parameters.Add("$a", SqliteType.Text); var pk = cmd.Parameters.Add("$k", SqliteType.Text);
            var ps = cmd.Parameters.Add("$s", SqliteType.Integer); var pe = cmd.Parameters.Add("$e", SqliteType.Integer); var pv = cmd.Parameters.Add("$v", SqliteType.Text);
            cmd.Prepare();
            foreach (var m in mentions)
            {
                pa.Value = a.Id; pk.Value = m.Kind; ps.Value = m.Start; pe.Value = m.End; pv.Value = m.Value;
                cmd.ExecuteNonQuery();
            }
        }
        foreach (var r in reading.Reports)
        {
            Execute("INSERT INTO reports (id, article_id, country, day, body) VALUES ($id, $a, $c, $d, $b)",
                ("$id", r.Id), ("$a", r.ArticleId), ("$c", r.Place?.CountryCode), ("$d", Linking.ReportMatcher.Day(r)?.ToString("yyyy-MM-dd")), ("$b", StorageJson.Write(r)));
        }
        foreach (var w in reading.Waves)
        {
            Execute("INSERT INTO waves (id, article_id, body) VALUES ($id, $a, $b)", ("$id", w.Id), ("$a", w.ArticleId), ("$b", StorageJson.Write(w)));
            foreach (var m in w.MemberReportIds) Execute("INSERT INTO wave_members (wave_id, report_id) VALUES ($w, $r)", ("$w", w.Id), ("$r", m));
        }
    }

    public IReadOnlyList<IncidentReport> ReportsNear(string country, DateOnly from, DateOnly to) =>
        Query("SELECT body FROM reports WHERE country = $c AND day BETWEEN $f AND $t ORDER BY id",
            r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("$c", country), ("$f", from.ToString("yyyy-MM-dd")), ("$t", to.ToString("yyyy-MM-dd")));

    public string? IncidentOfReport(string reportId) => Scalar("SELECT incident_id FROM reports WHERE id = $id", ("$id", reportId)) as string;

    public IReadOnlyList<IncidentReport> ReportsOfIncident(string incidentId) =>
        Query("SELECT body FROM reports WHERE incident_id = $i ORDER BY id", r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("$i", incidentId));

    public void LinkReports(IEnumerable<string> reportIds, string incidentId)
    {
        foreach (var id in reportIds) Execute("UPDATE reports SET incident_id = $i WHERE id = $id", ("$i", incidentId), ("$id", id));
    }

    public IReadOnlyList<WaveReport> WavesOfReports(IEnumerable<string> reportIds)
    {
        var waves = new SortedDictionary<string, WaveReport>(StringComparer.Ordinal);
        foreach (var id in reportIds)
            foreach (var w in Query("SELECT w.id, w.body FROM wave_members m JOIN waves w ON w.id = m.wave_id WHERE m.report_id = $r",
                         r => (r.GetString(0), r.GetString(1)), ("$r", id)))
                waves.TryAdd(w.Item1, StorageJson.Read<WaveReport>(w.Item2));
        return waves.Values.ToList();
    }

    public IReadOnlyList<IncidentReport> ReportsOfArticle(string articleId) =>
        Query("SELECT body FROM reports WHERE article_id = $a ORDER BY id", r => StorageJson.Read<IncidentReport>(r.GetString(0)), ("$a", articleId));

    public string? DocumentText(string articleId) =>
        Scalar("SELECT text FROM documents WHERE article_id = $a", ("$a", articleId)) as string;

    public void SaveArticleKeys(string articleId, string kind, IEnumerable<string> keys)
    {
        using var cmd = Command("INSERT INTO article_keys (kind, key, article_id) VALUES ($k, $key, $a) ON CONFLICT DO NOTHING");
        var pk = cmd.Parameters.Add("$k", SqliteType.Text); var pkey = cmd.Parameters.Add("$key", SqliteType.Text); var pa = cmd.Parameters.Add("$a", SqliteType.Text);
        cmd.Prepare();
        foreach (var key in keys)
        {
            pk.Value = kind; pkey.Value = key; pa.Value = articleId;
            cmd.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<KeyMatch> ArticlesSharingKeys(string kind, IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0) return Array.Empty<KeyMatch>();
        var names = keys.Select((_, i) => "$k" + i).ToList();
        var parameters = keys.Select((k, i) => (names[i], (object?)k)).Append(("$kind", kind)).ToArray();
        return Query($"SELECT article_id, COUNT(*) FROM article_keys WHERE kind = $kind AND key IN ({string.Join(", ", names)}) GROUP BY article_id ORDER BY article_id",
            r => new KeyMatch(r.GetString(0), r.GetInt32(1)), parameters);
    }

    public void SaveNearDuplicate(NearDuplicate pair) =>
        Execute("INSERT INTO near_duplicates (first_id, second_id, similarity) VALUES ($f, $s, $j) ON CONFLICT DO NOTHING",
            ("$f", pair.FirstId), ("$s", pair.SecondId), ("$j", pair.Similarity));

    public IReadOnlyList<NearDuplicate> NearDuplicatesOf(IReadOnlyCollection<string> articleIds)
    {
        var pairs = new HashSet<(string, string)>();
        var found = new List<NearDuplicate>();
        foreach (var id in articleIds)
            foreach (var d in Query("SELECT first_id, second_id, similarity FROM near_duplicates WHERE first_id = $a OR second_id = $a",
                         r => new NearDuplicate(r.GetString(0), r.GetString(1), r.GetDouble(2)), ("$a", id)))
                if (pairs.Add((d.FirstId, d.SecondId))) found.Add(d);
        return found.OrderBy(d => d.FirstId, StringComparer.Ordinal).ThenBy(d => d.SecondId, StringComparer.Ordinal).ToList();
    }

    public void SaveIncident(Incident incident)
    {
        DeleteIncident(incident.Id);
        Execute("""
            INSERT INTO incidents (id, day, country, latitude, longitude, killed_best, group_id, body)
            VALUES ($id, $d, $c, $lat, $lon, $k, $g, $b)
            """,
            ("$id", incident.Id), ("$d", incident.Date), ("$c", incident.Country), ("$lat", incident.Latitude), ("$lon", incident.Longitude),
            ("$k", incident.Killed.Best), ("$g", incident.Group), ("$b", StorageJson.Write(incident)));
        foreach (var e in incident.Evidence)
            Execute("INSERT INTO evidence (incident_id, field, document, start_at, end_at, quote) VALUES ($i, $f, $d, $s, $e, $q)",
                ("$i", incident.Id), ("$f", e.Field), ("$d", e.Document), ("$s", e.Start), ("$e", e.End), ("$q", e.Quote));
    }

    public void DeleteIncident(string incidentId)
    {
        Execute("DELETE FROM evidence WHERE incident_id = $i", ("$i", incidentId));
        Execute("DELETE FROM incidents WHERE id = $i", ("$i", incidentId));
    }

    public Incident? Incident(string incidentId) =>
        Query("SELECT body FROM incidents WHERE id = $i", r => StorageJson.Read<Incident>(r.GetString(0)), ("$i", incidentId)).FirstOrDefault();

    public void SaveGroup(IncidentGroup group)
    {
        DeleteGroup(group.Id);
        Execute("INSERT INTO incident_groups (id, body) VALUES ($id, $b)", ("$id", group.Id), ("$b", StorageJson.Write(group)));
    }

    public void DeleteGroup(string groupId) => Execute("DELETE FROM incident_groups WHERE id = $id", ("$id", groupId));

    public IReadOnlyList<Incident> Incidents() =>
        Query("SELECT body FROM incidents ORDER BY day, id", r => StorageJson.Read<Incident>(r.GetString(0)));

    public IReadOnlyList<IncidentGroup> Groups() =>
        Query("SELECT body FROM incident_groups ORDER BY id", r => StorageJson.Read<IncidentGroup>(r.GetString(0)));

    public Article? Article(string id) =>
        Query("SELECT id, text, title, url, outlet, published, origin FROM articles WHERE id = $id",
            r => DbRows.ReadArticle(r, 0), ("$id", id)).FirstOrDefault();

    public int IncidentCount() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM incidents"));

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Execute(string sql, params (string, object?)[] parameters) => DbRows.Execute(Command(sql, parameters));

    private object? Scalar(string sql, params (string, object?)[] parameters) => DbRows.Scalar(Command(sql, parameters));

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string, object?)[] parameters) =>
        DbRows.Query(Command(sql, parameters), read);
}
