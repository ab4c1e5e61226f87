using System.Reflection;
using Xunit.Sdk;

namespace Sitrep.Tests.Storage;

/// <summary>Runs a store theory on SQLite: the theory gets the engine name "sqlite".</summary>
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreUnderTest.Sqlite]];
}

/// <summary>Runs a store theory on PostgreSQL ("postgres"), or shows it skipped, with the reason, when no server is configured.</summary>
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreUnderTest.Postgres]];
}
