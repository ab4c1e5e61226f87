namespace Sitrep.Lexicons;

/// <summary>
/// Reads the project's tab-separated data files: '#' starts a comment line, blank lines are skipped, and a
/// malformed row is an error naming the file and line.
/// </summary>
public static class TsvFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int minFields)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < minFields)
                throw new InvalidDataException($"{path}:{number}: expected at least {minFields} tab-separated fields, found {fields.Length}");
            yield return (number, fields.Select(f => f.Trim()).ToArray());
        }
    }
}
