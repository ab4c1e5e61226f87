namespace Sitrep.Storage;

/// <summary>
/// The schema, as numbered steps applied in order and recorded in <c>schema_migrations</c>: one list for every
/// engine, each step with its SQL for SQLite and for PostgreSQL (see <see cref="MigrationStep"/>). A new version
/// of Sitrep adds a step at the end; never edit a step that has shipped.
/// </summary>
public static class Migrations
{
    public static readonly IReadOnlyList<MigrationStep> Steps =
    [
        // 1: the schema. PostgreSQL has DOUBLE PRECISION for SQLite's REAL, and its keys compare byte by byte
        // (COLLATE "C"), as SQLite's do, whatever the database's default collation: the same order everywhere.
        new MigrationStep(
            Sqlite: """
                CREATE TABLE articles (
                    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT, url TEXT, outlet TEXT, published TEXT,
                    origin TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
                CREATE TABLE documents (
                    article_id TEXT PRIMARY KEY REFERENCES articles(id), text TEXT NOT NULL, offset_map TEXT NOT NULL);
                CREATE TABLE mentions (
                    article_id TEXT NOT NULL REFERENCES articles(id), kind TEXT NOT NULL, start_at INTEGER NOT NULL,
                    end_at INTEGER NOT NULL, value TEXT NOT NULL);
                CREATE INDEX mentions_article ON mentions(article_id);
                CREATE TABLE reports (
                    id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), incident_id TEXT,
                    country TEXT, day TEXT, body TEXT NOT NULL);
                CREATE INDEX reports_country_day ON reports(country, day);
                CREATE INDEX reports_incident ON reports(incident_id);
                CREATE TABLE waves (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), body TEXT NOT NULL);
                CREATE TABLE wave_members (wave_id TEXT NOT NULL REFERENCES waves(id), report_id TEXT NOT NULL, PRIMARY KEY (wave_id, report_id));
                CREATE INDEX wave_members_report ON wave_members(report_id);
                CREATE TABLE incidents (
                    id TEXT PRIMARY KEY, day TEXT, country TEXT, latitude REAL, longitude REAL, killed_best INTEGER,
                    group_id TEXT, body TEXT NOT NULL);
                CREATE INDEX incidents_day ON incidents(day);
                CREATE TABLE incident_groups (id TEXT PRIMARY KEY, body TEXT NOT NULL);
                CREATE TABLE evidence (
                    incident_id TEXT NOT NULL REFERENCES incidents(id), field TEXT NOT NULL, document TEXT NOT NULL,
                    start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, quote TEXT NOT NULL);
                CREATE INDEX evidence_incident ON evidence(incident_id);
                """,
            Postgres: """
                CREATE TABLE articles (
                    id TEXT COLLATE "C" PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT, url TEXT, outlet TEXT, published TEXT,
                    origin TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
                CREATE TABLE documents (
                    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id), text TEXT NOT NULL, offset_map TEXT NOT NULL);
                CREATE TABLE mentions (
                    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id), kind TEXT NOT NULL, start_at INTEGER NOT NULL,
                    end_at INTEGER NOT NULL, value TEXT NOT NULL);
                CREATE INDEX mentions_article ON mentions(article_id);
                CREATE TABLE reports (
                    id TEXT COLLATE "C" PRIMARY KEY, article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id), incident_id TEXT COLLATE "C",
                    country TEXT COLLATE "C", day TEXT COLLATE "C", body TEXT NOT NULL);
                CREATE INDEX reports_country_day ON reports(country, day);
                CREATE INDEX reports_incident ON reports(incident_id);
                CREATE TABLE waves (id TEXT COLLATE "C" PRIMARY KEY, article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id), body TEXT NOT NULL);
                CREATE TABLE wave_members (
                    wave_id TEXT COLLATE "C" NOT NULL REFERENCES waves(id), report_id TEXT COLLATE "C" NOT NULL, PRIMARY KEY (wave_id, report_id));
                CREATE INDEX wave_members_report ON wave_members(report_id);
                CREATE TABLE incidents (
                    id TEXT COLLATE "C" PRIMARY KEY, day TEXT COLLATE "C", country TEXT COLLATE "C", latitude DOUBLE PRECISION,
                    longitude DOUBLE PRECISION, killed_best INTEGER, group_id TEXT COLLATE "C", body TEXT NOT NULL);
                CREATE INDEX incidents_day ON incidents(day);
                CREATE TABLE incident_groups (id TEXT COLLATE "C" PRIMARY KEY, body TEXT NOT NULL);
                CREATE TABLE evidence (
                    incident_id TEXT COLLATE "C" NOT NULL REFERENCES incidents(id), field TEXT NOT NULL, document TEXT NOT NULL,
                    start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, quote TEXT NOT NULL);
                CREATE INDEX evidence_incident ON evidence(incident_id);
                """),

        // 2: the work queue PostgreSQL ingest workers claim articles from (see IArticleQueue); SQLite has no use for it.
        new MigrationStep(
            Sqlite: null,
            Postgres: """
                CREATE TABLE ingest_queue (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT COLLATE "C" NOT NULL, content_hash TEXT NOT NULL,
                    title TEXT, url TEXT, outlet TEXT, published TEXT, origin TEXT, text TEXT NOT NULL, queued_at TEXT NOT NULL);
                """),

        // 3: lookup keys of articles (LSH bands of the MinHash fingerprint, names for undated linking, day-and-place
        // cells), the near-duplicate pairs found with them, and reports by article. PostgreSQL compares the keys and
        // ids byte by byte (COLLATE "C") and has DOUBLE PRECISION for REAL, as in step 1.
        new MigrationStep(
            Sqlite: """
                CREATE TABLE article_keys (
                    kind TEXT NOT NULL, key TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
                    PRIMARY KEY (kind, key, article_id));
                CREATE TABLE near_duplicates (
                    first_id TEXT NOT NULL REFERENCES articles(id), second_id TEXT NOT NULL REFERENCES articles(id),
                    similarity REAL NOT NULL, PRIMARY KEY (first_id, second_id));
                CREATE INDEX near_duplicates_second ON near_duplicates(second_id);
                CREATE INDEX reports_article ON reports(article_id);
                """,
            Postgres: """
                CREATE TABLE article_keys (
                    kind TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL, article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
                    PRIMARY KEY (kind, key, article_id));
                CREATE TABLE near_duplicates (
                    first_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id), second_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
                    similarity DOUBLE PRECISION NOT NULL, PRIMARY KEY (first_id, second_id));
                CREATE INDEX near_duplicates_second ON near_duplicates(second_id);
                CREATE INDEX reports_article ON reports(article_id);
                """),
    ];
}
