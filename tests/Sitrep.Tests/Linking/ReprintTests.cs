using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Linking;

/// <summary>
/// A wire copy or syndicated reprint (the same text under a new id and outlet) is one more source of the incident it
/// reports: its document is listed, no incident is added, and its figures, which repeat the original's, are not counted again.
/// </summary>
public sealed class ReprintTests
{
    private const string Original = "000_9a4eda095cd7c262";
    private const string Reprint = "reprint-of-000";

    /// <summary>Seed 0 under a new id and outlet, published a day later, with a syndication line added.</summary>
    private static string ReprintLine(string id = Reprint)
    {
        var line = Seeds.Lines().Single(l => Seeds.IdOf(l) == Original);
        var article = JsonNode.Parse(line)!.AsObject();
        article["id"] = id;
        article["outlet"] = "Gulf Daily Wire";
        article["published"] = "2016-07-28";
        article["text"] = article["text"]!.GetValue<string>() + "\n\nThis article was first published by Al Jazeera and is republished with permission.";
        return article.ToJsonString();
    }

    /// <param name="reprint">The reprint's id; "000_0-reprint" sorts before the original's, yet the incident keeps its id
    /// (it is named after its earliest published report).</param>
    [Theory]
    [InlineData(Reprint)]
    [InlineData("000_0-reprint")]
    public void A_reprint_adds_a_source_to_the_incident_and_no_new_incident(string reprint)
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var before = ExportRecords.Incidents(ws.Export());

        var ingest = ws.Ingest(ws.Write("reprint.jsonl", ReprintLine(reprint) + "\n"));
        Assert.True(ingest.Exit == 0, ingest.ToString());
        var after = ExportRecords.Incidents(ws.Export());

        Assert.Equal(before.Count, after.Count);
        Assert.Equal(Ids(before), Ids(after));
        var withReprint = after.Where(i => Documents(i).Contains(reprint)).ToList();
        Assert.NotEmpty(withReprint);
        foreach (var incident in withReprint)
        {
            Assert.Contains(Original, Documents(incident));
            var earlier = before.Single(i => i.GetProperty("id").GetString() == incident.GetProperty("id").GetString());
            Assert.Equal(Documents(earlier).Append(reprint).Order(StringComparer.Ordinal), Documents(incident));
            foreach (var what in new[] { "killed", "injured" })
            {
                // the same figures and estimate: the copy's figures repeat the original's
                Assert.Equal(earlier.GetProperty(what).GetRawText(), incident.GetProperty(what).GetRawText());
            }
        }
        Assert.Equal(1L, Workspace.Scalar(ws.Db, $"SELECT COUNT(*) FROM near_duplicates WHERE (first_id = '{Original}' AND second_id = '{reprint}') OR (first_id = '{reprint}' AND second_id = '{Original}')"));
    }

    [Fact]
    public void A_reprint_arriving_before_its_original_gives_the_same_export()
    {
        using var ws = new Workspace();
        var reprint = ws.Write("reprint.jsonl", ReprintLine() + "\n");
        var first = ws.PathOf("reprint-last.db");
        Assert.Equal(0, Workspace.IngestInto(first, Seeds.Jsonl).Exit);
        Assert.Equal(0, Workspace.IngestInto(first, reprint).Exit);
        var second = ws.PathOf("reprint-first.db");
        Assert.Equal(0, Workspace.IngestInto(second, reprint).Exit);
        Assert.Equal(0, Workspace.IngestInto(second, Seeds.Jsonl).Exit);

        Assert.Equal(ws.Export(first), ws.Export(second));
    }

    private static List<string> Ids(IEnumerable<JsonElement> incidents) =>
        incidents.Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static List<string> Documents(JsonElement incident) =>
        incident.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToList();
}
