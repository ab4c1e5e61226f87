namespace Sitrep.Tests;

/// <summary>Paths of the shared reference data (../shared/data beside the repository, or SITREP_SHARED).</summary>
public static class TestData
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Shared =>
        Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Data(params string[] parts) => Path.Combine([Shared, "data", .. parts]);
}
