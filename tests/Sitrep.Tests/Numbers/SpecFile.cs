namespace Sitrep.Tests.Numbers;

/// <summary>
/// Reads a spec file of the number and date recognizers: tab-separated lines, '#' comments; "\n" and "\t" in a
/// field stand for a line break and a tab. Each case carries its line number so a failure names it.
/// </summary>
public static class SpecFile
{
    public static string PathOf(string folder, string name) => Path.Combine(TestData.RepositoryRoot, "tests", "Sitrep.Tests", folder, name);

    public static IEnumerable<object[]> Cases(string folder, string name, int fields)
    {
        var path = PathOf(folder, name);
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var f = raw.Split('\t');
            if (f.Length != fields) throw new InvalidDataException($"{path}:{line}: expected {fields} tab-separated fields, found {f.Length}");
            var row = new object[fields + 1];
            row[0] = line;
            for (var i = 0; i < fields; i++) row[i + 1] = f[i].Replace("\\n", "\n").Replace("\\t", "\t");
            yield return row;
        }
    }
}
