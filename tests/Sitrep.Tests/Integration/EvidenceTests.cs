using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Tests.Integration;

/// <summary>Evidence travels with every value: each quote is the stored article's text at its span, and every cited document exists.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public void Every_casualty_report_of_the_seeds_quotes_the_stored_article_at_its_code_point_span()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var records = ExportRecords.Parse(ws.Export());
        using var store = new SqliteIncidentStore(ws.Db);

        var checkedReports = 0;
        foreach (var record in records)
        {
            foreach (var figure in new[] { "killed", "injured" })
            {
                foreach (var report in record.GetProperty(figure).GetProperty("reports").EnumerateArray())
                {
                    var document = report.GetProperty("document").GetString()!;
                    var article = store.Article(document);
                    Assert.True(article is not null, $"{record.GetProperty("id")} {figure}: document {document} is not stored");
                    var quote = ExportRecords.CodePointSlice(article.Text, report.GetProperty("start").GetInt32(), report.GetProperty("end").GetInt32());
                    Assert.Equal(quote, report.GetProperty("quote").GetString());
                    checkedReports++;
                }
            }
        }
        Assert.True(checkedReports >= 10, $"only {checkedReports} casualty reports in the seeds' export");
    }

    [Fact]
    public void Every_incident_and_group_cites_stored_documents_and_its_evidence_comes_from_them()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var records = ExportRecords.Parse(ws.Export());
        using var store = new SqliteIncidentStore(ws.Db);

        foreach (var record in records)
        {
            var id = record.GetProperty("id").GetString();
            var documents = record.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToList();
            Assert.NotEmpty(documents);
            Assert.Equal(documents.Count, documents.Distinct().Count());
            Assert.All(documents, d => Assert.True(store.Article(d) is not null, $"{id} cites {d}, which is not stored"));
            foreach (var e in record.GetProperty("evidence").EnumerateArray())
            {
                var document = e.GetProperty("document").GetString()!;
                Assert.True(documents.Contains(document), $"{id} has evidence from {document}, not one of its documents");
                var text = store.Article(document)!.Text;
                Assert.Equal(ExportRecords.CodePointSlice(text, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), e.GetProperty("quote").GetString());
            }
        }
        // every seed article is cited by some incident (each seed reports at least one attack)
        var cited = records.SelectMany(r => r.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!)).ToHashSet();
        Assert.All(Seeds.Ids(), s => Assert.Contains(s, cited));
    }

    [Fact]
    public void Offsets_count_code_points_when_the_text_has_characters_beyond_the_basic_plane()
    {
        using var ws = new Workspace();
        // Written for this test. The emoji and the mathematical letters are each two UTF-16 units but one code point.
        var text = "\U0001F4F0\U0001F4F0 Breaking news \U0001D400\U0001D401\U0001D402\n\n" +
                   "A car bomb exploded near a vegetable market in Aleppo, Syria, on 3 March 2017, killing 12 people and wounding 30 others, police said. " +
                   "\U0001F494 Witnesses said the blast destroyed several shops.";
        var line = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "astral-1", ["published"] = "2017-03-04", ["title"] = "Car bomb in Aleppo", ["text"] = text });
        var path = ws.Write("astral.jsonl", line + "\n");
        Assert.Equal(0, ws.Ingest(path).Exit);

        var records = ExportRecords.Parse(ws.Export());
        var stored = "Car bomb in Aleppo\n\n" + text; // the body does not open with its headline, so the document does
        var spans = records.SelectMany(r => r.GetProperty("evidence").EnumerateArray()
                .Concat(r.GetProperty("killed").GetProperty("reports").EnumerateArray())
                .Concat(r.GetProperty("injured").GetProperty("reports").EnumerateArray()))
            .ToList();
        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            Assert.Equal("astral-1", span.GetProperty("document").GetString());
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.Equal(ExportRecords.CodePointSlice(stored, start, end), span.GetProperty("quote").GetString());
        }
    }
}
