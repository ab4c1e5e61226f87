namespace Sitrep.Bench;

/// <summary>Where things are: the repository (the folder holding Sitrep.slnx), the shared data, the scratch folder.</summary>
public static class BenchPaths
{
    public static string RepositoryRoot
    {
        get
        {
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                var dir = new DirectoryInfo(start);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
                if (dir is not null) return dir.FullName;
            }
            throw new BenchUsageException("run this inside the repository (no Sitrep.slnx above the current folder)");
        }
    }

    /// <summary>The shared reference data: $SITREP_SHARED/data, else ../shared/data beside the repository.</summary>
    public static string SharedData
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } s
                ? s : Path.Combine(RepositoryRoot, "..", "shared");
            var data = Path.GetFullPath(Path.Combine(shared, "data"));
            return Directory.Exists(data) ? data : throw new BenchUsageException($"shared data not found: {data} (set SITREP_SHARED)");
        }
    }

    /// <summary>The scratch folder for corpora and databases: $SITREP_BENCH_TMP, else sitrep-bench in the temp folder. Never committed.</summary>
    public static string Scratch
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("SITREP_BENCH_TMP") is { Length: > 0 } s ? s : Path.Combine(Path.GetTempPath(), "sitrep-bench");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
