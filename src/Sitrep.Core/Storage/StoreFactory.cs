namespace Sitrep.Storage;

/// <summary>Opens the store a --db value names: a file path (SQLite) or a PostgreSQL connection string or URI.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "sitrep.db";

    /// <summary>The --db value, else SITREP_DB, else ./sitrep.db.</summary>
    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable("SITREP_DB") is { Length: > 0 } env ? env
        : DefaultPath;

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IIncidentStore Open(string db)
    {
        if (IsPostgres(db)) throw new NotSupportedException("PostgreSQL storage is not available in this version yet; use a SQLite file path");
        var store = new SqliteIncidentStore(db);
        store.Migrate();
        return store;
    }
}
