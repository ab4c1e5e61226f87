namespace Sitrep;

/// <summary>Where the language data files (gazetteer, lexicons) are: the data folder beside the program, or SITREP_DATA.</summary>
public static class DataFiles
{
    public static string Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SITREP_DATA");
            if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
            return Path.Combine(AppContext.BaseDirectory, "data");
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
