using Npgsql;

namespace Sitrep.Storage;

/// <summary>
/// Reads a --db value that names a PostgreSQL database: either Npgsql's keyword form ("Host=...;Database=...")
/// or a libpq URI (postgresql://user:password@host:port/database?sslmode=require), which Npgsql does not read itself.
/// </summary>
public static class PostgresConnectionString
{
    // libpq URI parameters and their Npgsql keywords; any other parameter is passed on as it is written.
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host", ["hostaddr"] = "Host", ["port"] = "Port", ["dbname"] = "Database", ["user"] = "Username",
        ["password"] = "Password", ["sslmode"] = "SSL Mode", ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name", ["options"] = "Options", ["target_session_attrs"] = "Target Session Attributes",
        ["sslcert"] = "SSL Certificate", ["sslkey"] = "SSL Key", ["sslrootcert"] = "Root Certificate",
        ["keepalives_idle"] = "Keepalive",
    };

    public static bool IsUri(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql keyword form of <paramref name="db"/>; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        if (!IsUri(db)) return new NpgsqlConnectionStringBuilder(db);
        var rest = db[(db.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var builder = new NpgsqlConnectionStringBuilder();
        var query = "";
        var q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest[..slash] : rest;
        if (slash >= 0 && rest[(slash + 1)..] is { Length: > 0 } database) builder.Database = Uri.UnescapeDataString(database);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            var colon = user.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user[..colon] : user);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
        }
        if (authority.Length > 0) SetHost(builder, Uri.UnescapeDataString(authority));
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"the PostgreSQL URI parameter '{pair}' has no value");
            var key = Uri.UnescapeDataString(pair[..eq]);
            var value = Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            try { builder[Keywords.GetValueOrDefault(key, key)] = value; }
            catch (ArgumentException e) { throw new ArgumentException($"the PostgreSQL URI parameter '{key}' is not one Sitrep knows ({e.Message})", e); }
        }
        return builder;
    }

    /// <summary>host, host:port, [v6]:port, or several of them separated by commas (which Npgsql reads as they are).</summary>
    private static void SetHost(NpgsqlConnectionStringBuilder builder, string authority)
    {
        if (authority.Contains(',')) { builder.Host = authority; return; }
        var host = authority;
        string? port = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0) throw new ArgumentException($"the PostgreSQL URI host '{authority}' has no closing ']'");
            host = authority[1..close];
            if (authority[(close + 1)..].StartsWith(':')) port = authority[(close + 2)..];
        }
        else if (authority.LastIndexOf(':') is var colon and >= 0)
        {
            host = authority[..colon];
            port = authority[(colon + 1)..];
        }
        if (host.Length > 0) builder.Host = host;
        if (port is { Length: > 0 })
            builder.Port = int.TryParse(port, out var p) && p is > 0 and < 65536 ? p : throw new ArgumentException($"the PostgreSQL URI port '{port}' is not a port number");
    }
}
