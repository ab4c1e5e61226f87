namespace Sitrep.Tests.Storage;

/// <summary>A test that needs the PostgreSQL server of <see cref="TestPostgres"/>: skipped, with the reason, when none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}
