using System.Text.Json;

namespace Sitrep.Tests.Integration;

/// <summary>The five seed articles and their gold file, read from the shared data at run time.</summary>
public static class Seeds
{
    public static string Jsonl => TestData.Data("seeds", "seeds.jsonl");
    public static string Gold => TestData.Data("seeds", "seeds.gold.json");

    /// <summary>The non-blank lines of seeds.jsonl, one article each.</summary>
    public static IReadOnlyList<string> Lines() => File.ReadLines(Jsonl).Where(l => l.Trim().Length > 0).ToList();

    public static IReadOnlyList<string> Ids() => Lines().Select(IdOf).ToList();

    /// <summary>Article id to article text, as in the input.</summary>
    public static IReadOnlyDictionary<string, string> Texts() =>
        Lines().Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!, StringComparer.Ordinal);

    public static string IdOf(string jsonLine) => JsonDocument.Parse(jsonLine).RootElement.GetProperty("id").GetString()!;

    /// <summary>Writes each seed article to its own one-line file in the workspace; returns the paths in seed order.</summary>
    public static IReadOnlyList<string> SplitInto(Workspace workspace)
    {
        var lines = Lines();
        return lines.Select((line, i) => workspace.Write($"seed-{i}.jsonl", line + "\n")).ToList();
    }
}

/// <summary>Reading a JSONL export.</summary>
public static class ExportRecords
{
    public static List<JsonElement> Parse(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static List<JsonElement> Incidents(string jsonl) => Parse(jsonl).Where(r => r.GetProperty("kind").GetString() == "incident").ToList();

    public static List<JsonElement> Groups(string jsonl) => Parse(jsonl).Where(r => r.GetProperty("kind").GetString() == "group").ToList();

    public static List<string> Ids(string jsonl) => Parse(jsonl).Select(r => r.GetProperty("id").GetString()!).ToList();

    /// <summary>The slice [start, end) of <paramref name="text"/> counted in Unicode code points, as Python's str slicing does.</summary>
    public static string CodePointSlice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToArray();
        Assert.InRange(start, 0, runes.Length);
        Assert.InRange(end, start, runes.Length);
        return string.Concat(runes[start..end].Select(r => r.ToString()));
    }
}
