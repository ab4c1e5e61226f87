using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Integration;

/// <summary>The three export formats over the seeds: CSV rows, GeoJSON features and the JSONL contract (INCIDENTS.md).</summary>
public sealed class ExportFormatTests
{
    private static readonly string[] IncidentFields =
    [
        "id", "kind", "date", "date_precision", "country", "admin1", "location", "sublocation", "latitude", "longitude",
        "geo_precision", "event_type", "suicide", "weapons", "targets", "perpetrator", "responsibility", "killed", "injured",
        "documents", "group", "summary", "evidence",
    ];

    private static readonly string[] GroupFields = ["id", "kind", "members", "killed", "injured", "documents", "summary", "evidence"];
    private static readonly string[] CasualtyFields = ["best", "low", "high", "reports"];
    private static readonly string[] ReportFields = ["value", "qualifier", "source", "document", "start", "end", "quote"];
    private static readonly string[] EvidenceFields = ["field", "document", "start", "end", "quote"];

    private static readonly string[] DatePrecisions = ["day", "month", "year", "unknown"];
    private static readonly string[] GeoPrecisions = ["point", "city", "admin1", "country"];
    private static readonly string[] EventTypes = ["bombing", "armed_assault", "assassination", "kidnapping", "air_strike", "shelling", "battle", "other"];
    private static readonly string[] Weapons = ["vehicle_bomb", "suicide_vest", "ied", "explosive", "firearm", "grenade", "rocket", "mortar", "artillery", "aircraft", "drone", "knife", "fire", "other"];
    private static readonly string[] Targets = ["police", "military", "government", "civilians", "transportation", "health", "utilities", "business", "religious", "education", "journalists", "ngo", "diplomatic", "armed_group", "other"];
    private static readonly string[] Responsibilities = ["claimed", "attributed", "suspected", "denied", "unknown"];
    private static readonly string[] Qualifiers = ["exact", "at_least", "more_than", "at_most", "nearly", "about", "dozens"];

    [Fact]
    public void Csv_has_a_header_and_one_row_per_incident()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var incidents = ExportRecords.Incidents(ws.Export());
        Assert.NotEmpty(incidents);

        var rows = ParseCsv(ws.Export(format: "csv"));

        var header = rows[0];
        Assert.Equal("id", header[0]);
        Assert.Equal(header.Count, header.Distinct().Count());
        foreach (var column in new[] { "date", "country", "location", "latitude", "longitude", "event_type", "killed_best", "injured_best", "documents", "summary" })
            Assert.Contains(column, header);
        Assert.Equal(incidents.Count, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(header.Count, r.Count));
        Assert.Equal(incidents.Select(i => i.GetProperty("id").GetString()), rows.Skip(1).Select(r => r[0]));
        for (var n = 0; n < incidents.Count; n++)
        {
            var row = header.Zip(rows[n + 1]).ToDictionary(p => p.First, p => p.Second);
            var incident = incidents[n];
            Assert.Equal(incident.GetProperty("date").GetString() ?? "", row["date"]);
            Assert.Equal(incident.GetProperty("location").GetString() ?? "", row["location"]);
            Assert.Equal(Number(incident.GetProperty("killed").GetProperty("best")), row["killed_best"]);
            Assert.Equal(string.Join(';', incident.GetProperty("documents").EnumerateArray().Select(d => d.GetString())), row["documents"]);
        }
    }

    [Fact]
    public void Geojson_is_a_feature_collection_with_one_point_per_incident_with_coordinates()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var incidents = ExportRecords.Incidents(ws.Export());
        var located = incidents.Where(i => i.GetProperty("latitude").ValueKind == JsonValueKind.Number).ToList();
        Assert.Equal(incidents.Count, located.Count); // every seed incident is in the gazetteer

        using var geo = JsonDocument.Parse(ws.Export(format: "geojson"));

        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(located.Count, features.Count);
        for (var n = 0; n < features.Count; n++)
        {
            var feature = features[n];
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(located[n].GetProperty("id").GetString(), feature.GetProperty("id").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal([located[n].GetProperty("longitude").GetDouble(), located[n].GetProperty("latitude").GetDouble()], coordinates);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
        }
    }

    [Fact]
    public void Jsonl_records_follow_the_contract()
    {
        using var ws = new Workspace();
        Assert.Equal(0, ws.Ingest(Seeds.Jsonl).Exit);
        var texts = Seeds.Texts();
        var export = ws.Export();
        Assert.EndsWith("\n", export);
        var records = ExportRecords.Parse(export);
        var incidents = records.Where(r => r.GetProperty("kind").GetString() == "incident").ToList();
        var groups = records.Where(r => r.GetProperty("kind").GetString() == "group").ToList();
        Assert.Equal(records.Count, incidents.Count + groups.Count);
        Assert.NotEmpty(incidents);
        var ids = records.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var incidentIds = incidents.Select(i => i.GetProperty("id").GetString()!).ToHashSet();
        var groupIds = groups.Select(g => g.GetProperty("id").GetString()!).ToHashSet();

        foreach (var i in incidents)
        {
            var id = i.GetProperty("id").GetString();
            Assert.Equal(IncidentFields, i.EnumerateObject().Select(p => p.Name));
            var date = i.GetProperty("date");
            var precision = i.GetProperty("date_precision").GetString();
            Assert.Contains(precision, DatePrecisions);
            if (date.ValueKind == JsonValueKind.Null) Assert.Equal("unknown", precision);
            else Assert.Matches(precision switch { "day" => @"^\d{4}-\d{2}-\d{2}$", "month" => @"^\d{4}-\d{2}$", _ => @"^\d{4}$" }, date.GetString()!);
            if (precision == "day") Assert.True(DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), id);
            Assert.Matches("^[A-Z]{2}$", i.GetProperty("country").GetString()!);
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("location").GetString()), id);
            Assert.Equal(JsonValueKind.Number, i.GetProperty("latitude").ValueKind);
            Assert.Equal(JsonValueKind.Number, i.GetProperty("longitude").ValueKind);
            Assert.Contains(i.GetProperty("geo_precision").GetString(), GeoPrecisions);
            Assert.Contains(i.GetProperty("event_type").GetString(), EventTypes);
            Assert.Contains(i.GetProperty("suicide").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null });
            Assert.All(Strings(i, "weapons"), w => Assert.Contains(w, Weapons));
            Assert.All(Strings(i, "targets"), t => Assert.Contains(t, Targets));
            Assert.Contains(i.GetProperty("perpetrator").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Contains(i.GetProperty("responsibility").GetString(), Responsibilities);
            var documents = Strings(i, "documents");
            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.True(texts.ContainsKey(d), $"{id} cites unknown document {d}"));
            var group = i.GetProperty("group");
            if (group.ValueKind != JsonValueKind.Null) Assert.Contains(group.GetString()!, groupIds);
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("summary").GetString()), id);
            CheckCasualties(i.GetProperty("killed"), texts, documents);
            CheckCasualties(i.GetProperty("injured"), texts, documents);
            CheckEvidence(i.GetProperty("evidence"), texts, documents);
        }

        foreach (var g in groups)
        {
            Assert.Equal(GroupFields, g.EnumerateObject().Select(p => p.Name));
            var members = Strings(g, "members");
            Assert.True(members.Count >= 2, $"group {g.GetProperty("id")} has {members.Count} members");
            Assert.All(members, m => Assert.Contains(m, incidentIds));
            foreach (var m in members)
                Assert.Equal(g.GetProperty("id").GetString(), incidents.Single(i => i.GetProperty("id").GetString() == m).GetProperty("group").GetString());
            var documents = Strings(g, "documents");
            Assert.All(documents, d => Assert.True(texts.ContainsKey(d), d));
            CheckCasualties(g.GetProperty("killed"), texts, documents);
            CheckCasualties(g.GetProperty("injured"), texts, documents);
            CheckEvidence(g.GetProperty("evidence"), texts, documents);
        }
        // an incident naming a group is one of its members
        foreach (var i in incidents.Where(i => i.GetProperty("group").ValueKind == JsonValueKind.String))
            Assert.Contains(i.GetProperty("id").GetString()!, Strings(groups.Single(g => g.GetProperty("id").GetString() == i.GetProperty("group").GetString()), "members"));
    }

    private static void CheckCasualties(JsonElement casualties, IReadOnlyDictionary<string, string> texts, List<string> documents)
    {
        Assert.Equal(CasualtyFields, casualties.EnumerateObject().Select(p => p.Name));
        var best = casualties.GetProperty("best");
        var low = casualties.GetProperty("low");
        var high = casualties.GetProperty("high");
        var reports = casualties.GetProperty("reports").EnumerateArray().ToList();
        if (reports.Count == 0)
        {
            Assert.Equal(JsonValueKind.Null, best.ValueKind);
            Assert.Equal(JsonValueKind.Null, low.ValueKind);
            Assert.Equal(JsonValueKind.Null, high.ValueKind);
        }
        if (best.ValueKind == JsonValueKind.Number && low.ValueKind == JsonValueKind.Number && high.ValueKind == JsonValueKind.Number)
            Assert.InRange(best.GetInt32(), low.GetInt32(), high.GetInt32());
        foreach (var r in reports)
        {
            Assert.Equal(ReportFields, r.EnumerateObject().Select(p => p.Name));
            Assert.Contains(r.GetProperty("qualifier").GetString(), Qualifiers);
            var value = r.GetProperty("value");
            if (value.ValueKind == JsonValueKind.Number) Assert.True(value.GetInt32() >= 0);
            else Assert.Equal(JsonValueKind.Null, value.ValueKind);
            CheckQuote(r, texts, documents);
        }
    }

    private static void CheckEvidence(JsonElement evidence, IReadOnlyDictionary<string, string> texts, List<string> documents)
    {
        foreach (var e in evidence.EnumerateArray())
        {
            Assert.Equal(EvidenceFields, e.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("field").GetString()));
            CheckQuote(e, texts, documents);
        }
    }

    /// <summary>The quote is the document's text as ingested, sliced by [start, end) in code points.</summary>
    private static void CheckQuote(JsonElement span, IReadOnlyDictionary<string, string> texts, List<string> documents)
    {
        var document = span.GetProperty("document").GetString()!;
        Assert.Contains(document, documents);
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.Equal(ExportRecords.CodePointSlice(texts[document], start, end), span.GetProperty("quote").GetString());
    }

    private static List<string> Strings(JsonElement record, string name) =>
        record.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : "";

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else field.Append(c);
        }
        Assert.False(quoted, "the CSV ends inside a quoted field");
        Assert.True(field.Length == 0 && row.Count == 0, "the last CSV record does not end with CRLF");
        return rows;
    }
}
