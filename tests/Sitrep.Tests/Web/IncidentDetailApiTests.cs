using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Web;

/// <summary>GET /api/incidents/{id}: the contract record, every article's report, the sources and the wave.</summary>
[Collection(WebCollection.Name)]
public sealed class IncidentDetailApiTests(SeedServer server)
{
    private static readonly string[] ContractFields =
    [
        "id", "kind", "date", "date_precision", "country", "admin1", "location", "sublocation", "latitude", "longitude", "geo_precision",
        "event_type", "suicide", "weapons", "targets", "perpetrator", "responsibility", "killed", "injured", "documents", "group", "summary", "evidence",
    ];

    [Fact]
    public async Task The_contract_fields_are_the_export_record_exactly()
    {
        foreach (var expected in server.Incidents)
        {
            var detail = await server.Client.Json($"/api/incidents/{expected.Str("id")}");
            foreach (var field in ContractFields)
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.GetProperty(field).GetRawText()), JsonNode.Parse(detail.GetProperty(field).GetRawText())),
                    $"{expected.Str("id")}.{field}: export {expected.GetProperty(field)} but API {detail.GetProperty(field)}");
        }
    }

    [Fact]
    public async Task Sources_name_each_article_with_its_title_outlet_and_day()
    {
        var q = server.Qamishli;
        var detail = await server.Client.Json($"/api/incidents/{q.Str("id")}");
        var seeds = Seeds.Lines().Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("id").GetString()!);
        var sources = detail.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(q.GetProperty("documents").EnumerateArray().Select(d => d.GetString()), sources.Select(s => s.Str("id")));
        foreach (var s in sources)
        {
            var seed = seeds[s.Str("id")!];
            Assert.Equal(seed.GetProperty("title").GetString(), s.Str("title"));
            Assert.Equal(seed.GetProperty("outlet").GetString(), s.Str("outlet"));
            Assert.Equal(seed.GetProperty("published").GetString(), s.Str("published"));
        }
    }

    [Fact]
    public async Task Reports_hold_what_each_article_said_with_figures_at_code_point_spans()
    {
        var q = server.Qamishli;
        var detail = await server.Client.Json($"/api/incidents/{q.Str("id")}");
        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(q.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Order(), reports.Select(r => r.Str("document")).Distinct().Order());
        var texts = Seeds.Texts();
        var figures = 0;
        foreach (var r in reports)
        {
            Assert.StartsWith(r.Str("document") + "#", r.Str("id"));
            Assert.Equal(q.Str("country"), r.GetProperty("place").Str("country"));
            foreach (var f in r.GetProperty("killed").EnumerateArray().Concat(r.GetProperty("injured").EnumerateArray()))
            {
                Assert.Equal(f.Str("quote"), ExportRecords.CodePointSlice(texts[f.Str("document")!], f.GetProperty("start").GetInt32(), f.GetProperty("end").GetInt32()));
                figures++;
            }
        }
        var reported = q.GetProperty("killed").GetProperty("reports").GetArrayLength() + q.GetProperty("injured").GetProperty("reports").GetArrayLength();
        Assert.True(figures >= reported, $"{figures} figures in the reports, {reported} in the incident");
    }

    [Fact]
    public async Task A_member_of_a_wave_carries_its_group_record_as_exported()
    {
        var member = server.Incidents.First(i => i.Str("group") is not null);
        var group = server.Groups.Single(g => g.Str("id") == member.Str("group"));
        var detail = await server.Client.Json($"/api/incidents/{member.Str("id")}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(group.GetRawText()), JsonNode.Parse(detail.GetProperty("group_record").GetRawText())));
        var alone = server.Incidents.First(i => i.Str("group") is null);
        Assert.Equal(JsonValueKind.Null, (await server.Client.Json($"/api/incidents/{alone.Str("id")}")).GetProperty("group_record").ValueKind);
    }

    [Fact]
    public async Task Offsets_count_code_points_beyond_the_basic_plane()
    {
        var astral = server.Incidents.Single(i => i.GetProperty("documents").EnumerateArray().Any(d => d.GetString() == SeedServer.AstralId));
        var detail = await server.Client.Json($"/api/incidents/{astral.Str("id")}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(astral.GetProperty("evidence").GetRawText()), JsonNode.Parse(detail.GetProperty("evidence").GetRawText())));
        var figure = detail.GetProperty("reports")[0].GetProperty("killed")[0];
        var killed = astral.GetProperty("killed").GetProperty("reports")[0];
        Assert.Equal(killed.GetProperty("start").GetInt32(), figure.GetProperty("start").GetInt32());
        Assert.Equal(killed.GetProperty("end").GetInt32(), figure.GetProperty("end").GetInt32());
    }
}
