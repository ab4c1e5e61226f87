using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The PostgreSQL server tests run against: the connection in SITREP_TEST_POSTGRES (a role allowed to create
/// databases; .ci/run starts a private server and sets it). Without it, PostgreSQL tests are skipped, saying why.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SITREP_TEST_POSTGRES";

    public static string? Connection => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } c ? c : null;

    public static string? SkipReason => Connection is null
        ? $"PostgreSQL tests need {Variable} (a connection string or URI of a role that may create databases); bash .ci/run starts a private server and sets it"
        : null;

    /// <summary>A new empty database of its own for one test, dropped when disposed.</summary>
    public static TestDatabase CreateDatabase() =>
        new(Connection ?? throw new InvalidOperationException(SkipReason));
}

/// <summary>One test's own PostgreSQL database: <see cref="ConnectionString"/> opens it; disposing drops it.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _admin;

    public TestDatabase(string admin)
    {
        _admin = admin;
        Name = "sitrep_test_" + Guid.NewGuid().ToString("N");
        AdminExecute($"CREATE DATABASE \"{Name}\"");
        var builder = Patient(admin);
        builder.Database = Name;
        ConnectionString = builder.ConnectionString;
    }

    public string Name { get; }

    /// <summary>An Npgsql connection string (keyword form) for this database, usable as a --db value.</summary>
    public string ConnectionString { get; }

    /// <summary>A plain connection to this database, for looking at what the store wrote.</summary>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public long Count(string sql) => Convert.ToInt64(Scalar(sql));

    private void AdminExecute(string sql)
    {
        using var connection = new NpgsqlConnection(Patient(_admin).ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// The connection with a minute to connect and two to run a command: the test run opens many connections at
    /// once on a loaded CI machine, and Npgsql's default 15 s connect timeout was once reached while the server was up.
    /// </summary>
    private static Npgsql.NpgsqlConnectionStringBuilder Patient(string connection)
    {
        var builder = PostgresConnectionString.Parse(connection);
        builder.Timeout = Math.Max(builder.Timeout, 60);
        builder.CommandTimeout = Math.Max(builder.CommandTimeout, 120);
        return builder;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        AdminExecute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
