using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// A new, empty database of one engine for one test (a temporary SQLite file, or a PostgreSQL database of its
/// own), with its --db value; <see cref="Open"/> gives migrated stores on it. Disposing deletes it.
/// </summary>
public sealed class StoreUnderTest : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _folder;
    private readonly TestDatabase? _postgres;
    private readonly List<IIncidentStore> _opened = new();

    public StoreUnderTest(string engine)
    {
        Engine = engine;
        if (engine == Postgres)
        {
            _postgres = TestPostgres.CreateDatabase();
            Db = _postgres.ConnectionString;
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "sitrep-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            Db = Path.Combine(_folder, "sitrep.db");
        }
    }

    public string Engine { get; }

    /// <summary>The --db value naming this database.</summary>
    public string Db { get; }

    /// <summary>A migrated store on this database (closed with the database, or earlier by the test).</summary>
    public IIncidentStore Open()
    {
        var store = StoreFactory.Open(Db);
        lock (_opened) _opened.Add(store);
        return store;
    }

    /// <summary>A count read from the PostgreSQL database through a plain connection of its own.</summary>
    public long Count(string sql) => (_postgres ?? throw new InvalidOperationException("Count reads PostgreSQL databases only")).Count(sql);

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        _postgres?.Dispose();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { } // a temporary folder left behind is harmless
        }
    }
}
