using System.Text.Json;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Web;

/// <summary>GET /api/documents/{id}: the text as ingested, and every span cited in it with its quote and its sentence.</summary>
[Collection(WebCollection.Name)]
public sealed class DocumentApiTests(SeedServer server)
{
    [Fact]
    public async Task Every_seed_article_comes_back_with_its_text_and_every_evidence_span_cited_in_it()
    {
        foreach (var (id, text) in Seeds.Texts())
        {
            var doc = await server.Client.Json($"/api/documents/{id}");
            Assert.Equal(text, doc.Str("text"));
            Assert.Equal(text.EnumerateRunes().Count(), doc.GetProperty("length").GetInt32());
            var spans = doc.GetProperty("spans").EnumerateArray().Select(s => (s.Str("record"), s.Str("field"), s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())).ToHashSet();
            var cited = server.Incidents.Concat(server.Groups)
                .SelectMany(r => r.GetProperty("evidence").EnumerateArray().Select(e => (Record: r.Str("id"), e)))
                .Where(x => x.e.Str("document") == id)
                .Select(x => (x.Record, x.e.Str("field"), x.e.GetProperty("start").GetInt32(), x.e.GetProperty("end").GetInt32()))
                .ToList();
            Assert.NotEmpty(cited);
            Assert.All(cited, c => Assert.Contains(c, spans));
        }
    }

    [Fact]
    public async Task Each_span_quotes_its_text_and_sits_in_a_whole_sentence()
    {
        var q = server.Qamishli;
        foreach (var id in q.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!))
        {
            var doc = await server.Client.Json($"/api/documents/{id}");
            var text = doc.Str("text")!;
            foreach (var s in doc.GetProperty("spans").EnumerateArray())
            {
                int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
                int from = s.GetProperty("sentence_start").GetInt32(), to = s.GetProperty("sentence_end").GetInt32();
                Assert.Equal(s.Str("quote"), ExportRecords.CodePointSlice(text, start, end));
                Assert.True(from <= start && end <= to, $"{s}: sentence [{from}, {to}) does not hold the span");
                var sentence = ExportRecords.CodePointSlice(text, from, to);
                Assert.False(char.IsWhiteSpace(sentence[0]) || char.IsWhiteSpace(sentence[^1]), $"sentence '{sentence}' is not trimmed");
                var before = from == 0 ? " " : ExportRecords.CodePointSlice(text, from - 1, from);
                Assert.True(char.IsWhiteSpace(before[0]), $"sentence '{sentence}' starts inside a word (after '{before}')");
            }
        }
    }

    [Fact]
    public async Task A_figure_span_carries_its_value_qualifier_and_source()
    {
        var q = server.Qamishli;
        foreach (var report in q.GetProperty("killed").GetProperty("reports").EnumerateArray())
        {
            var doc = await server.Client.Json($"/api/documents/{report.Str("document")}");
            var span = doc.GetProperty("spans").EnumerateArray().Single(s => s.Str("record") == q.Str("id") && s.Str("field") == "killed"
                && s.GetProperty("start").GetInt32() == report.GetProperty("start").GetInt32() && s.GetProperty("end").GetInt32() == report.GetProperty("end").GetInt32());
            Assert.Equal(report.Int("value"), span.Int("value"));
            Assert.Equal(report.Str("qualifier"), span.Str("qualifier"));
            Assert.Equal(report.Str("source"), span.Str("source"));
        }
    }

    [Fact]
    public async Task An_id_that_needs_percent_encoding_round_trips()
    {
        var doc = await server.Client.Json($"/api/documents/{Uri.EscapeDataString(SeedServer.OddId)}");
        Assert.Equal(SeedServer.OddId, doc.Str("id"));
        Assert.NotEmpty(doc.GetProperty("spans").EnumerateArray());
    }

    [Fact]
    public async Task Offsets_and_sentences_count_code_points_beyond_the_basic_plane()
    {
        var doc = await server.Client.Json($"/api/documents/{SeedServer.AstralId}");
        var text = doc.Str("text")!;
        Assert.True(text.Length > doc.GetProperty("length").GetInt32());
        var killed = doc.GetProperty("spans").EnumerateArray().First(s => s.Str("field") == "killed");
        Assert.Equal(killed.Str("quote"), ExportRecords.CodePointSlice(text, killed.GetProperty("start").GetInt32(), killed.GetProperty("end").GetInt32()));
        var sentence = ExportRecords.CodePointSlice(text, killed.GetProperty("sentence_start").GetInt32(), killed.GetProperty("sentence_end").GetInt32());
        Assert.StartsWith("A car bomb exploded", sentence);
        Assert.Contains(killed.Str("quote")!, sentence);
        Assert.DoesNotContain("Breaking news", sentence);
    }
}
