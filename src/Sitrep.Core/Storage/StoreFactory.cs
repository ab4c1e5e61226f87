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
        PostgresConnectionString.IsUri(db) || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens and migrates the store. A PostgreSQL connection string that cannot be read is a
    /// <see cref="NotSupportedException"/> (a usage mistake); a server that cannot be reached is a database error.
    /// </summary>
    public static IIncidentStore Open(string db)
    {
        IIncidentStore store;
        if (IsPostgres(db))
        {
            try { store = new PostgresIncidentStore(db); }
            catch (ArgumentException e) { throw new NotSupportedException($"not a usable PostgreSQL connection string ({e.Message})", e); }
        }
        else store = new SqliteIncidentStore(db);
        try { store.Migrate(); }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>The --db value fit to print: a PostgreSQL password is replaced by ***.</summary>
    public static string Display(string db)
    {
        if (!IsPostgres(db)) return db;
        try
        {
            var builder = PostgresConnectionString.Parse(db);
            if (string.IsNullOrEmpty(builder.Password)) return db;
            if (PostgresConnectionString.IsUri(db))
            {
                var at = db.LastIndexOf('@');
                var start = db.IndexOf("://", StringComparison.Ordinal) + 3;
                var colon = db.IndexOf(':', start);
                return colon > 0 && colon < at ? db[..(colon + 1)] + "***" + db[at..] : db;
            }
            builder.Password = "***";
            return builder.ConnectionString;
        }
        catch (ArgumentException) { return "(a PostgreSQL connection string)"; }
    }
}
