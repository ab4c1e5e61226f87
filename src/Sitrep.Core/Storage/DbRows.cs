using System.Data.Common;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The plumbing the SQLite and PostgreSQL stores share over ADO.NET: run a command for nothing, for one value or for
/// rows, and read an article's columns. Each store builds its own commands (parameters differ by provider).
/// </summary>
internal static class DbRows
{
    /// <summary>Runs the command for its effect, then disposes it.</summary>
    public static void Execute(DbCommand command)
    {
        using (command) command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row (null for none or SQL NULL), then disposes the command.</summary>
    public static object? Scalar(DbCommand command)
    {
        using (command)
        {
            var value = command.ExecuteScalar();
            return value is DBNull ? null : value;
        }
    }

    /// <summary>Every row the command returns, each read by <paramref name="read"/>, then disposes the command.</summary>
    public static List<T> Query<TReader, T>(DbCommand command, Func<TReader, T> read) where TReader : DbDataReader
    {
        using (command)
        {
            using var reader = (TReader)command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read()) list.Add(read(reader));
            return list;
        }
    }

    /// <summary>The text of column <paramref name="i"/>, or null for SQL NULL.</summary>
    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>An article from the columns id, text, title, url, outlet, published, origin starting at <paramref name="at"/>.</summary>
    public static Article ReadArticle(DbDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), Str(r, at + 2), Str(r, at + 3), Str(r, at + 4),
            Str(r, at + 5) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd") : null, Str(r, at + 6));
}
