namespace Sitrep.Storage;

/// <summary>
/// One schema step as each engine runs it. A step whose SQL is the same on SQLite and PostgreSQL can be written
/// as a plain string; a step that differs (types, features) gives both texts. A null text means the step has
/// nothing to do on that engine (it is still recorded, so both engines count the same versions).
/// </summary>
public sealed record MigrationStep(string? Sqlite, string? Postgres)
{
    public static implicit operator MigrationStep(string both) => new(both, both);
}
