using System.Text.Json;
using Sitrep.Export;
using Sitrep.Model;

namespace Sitrep.Tests.Export;

public class JsonlExporterTests
{
    private static readonly string[] IncidentFields =
    [
        "id", "kind", "date", "date_precision", "country", "admin1", "location", "sublocation", "latitude", "longitude",
        "geo_precision", "event_type", "suicide", "weapons", "targets", "perpetrator", "responsibility", "killed",
        "injured", "documents", "group", "summary", "evidence",
    ];

    private static readonly string[] GroupFields = ["id", "kind", "members", "killed", "injured", "documents", "summary", "evidence"];

    private static string Export(IReadOnlyList<Incident> incidents, IReadOnlyList<IncidentGroup> groups, Func<string, string?>? text = null)
    {
        var output = new StringWriter();
        new JsonlExporter().Write(output, incidents, groups, text ?? ExportSamples.Text);
        return output.ToString();
    }

    private static JsonElement[] Lines(string jsonl)
    {
        Assert.EndsWith("\n", jsonl);
        Assert.DoesNotContain("\r", jsonl);
        return jsonl.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
    }

    [Fact]
    public void Writes_incidents_then_groups_one_object_a_line_with_the_contract_fields_in_order()
    {
        var lines = Lines(Export([ExportSamples.Full(), ExportSamples.Bare()], [ExportSamples.Group()]));

        Assert.Equal(3, lines.Length);
        Assert.Equal(IncidentFields, lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(IncidentFields, lines[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(GroupFields, lines[2].EnumerateObject().Select(p => p.Name));
        Assert.Equal("incident", lines[0].GetProperty("kind").GetString());
        Assert.Equal("group", lines[2].GetProperty("kind").GetString());
    }

    [Fact]
    public void Casualty_objects_and_reports_have_the_contract_fields_and_no_others()
    {
        var line = Lines(Export([ExportSamples.Full()], []))[0];

        var injured = line.GetProperty("injured");
        Assert.Equal(["best", "low", "high", "reports"], injured.EnumerateObject().Select(p => p.Name));
        var report = injured.GetProperty("reports")[0];
        Assert.Equal(["value", "qualifier", "source", "document", "start", "end", "quote"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, report.GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("source").ValueKind);
        Assert.Equal(["field", "document", "start", "end", "quote"], line.GetProperty("evidence")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Unknown_values_are_null_and_empty_lists_are_empty()
    {
        var line = Lines(Export([ExportSamples.Bare()], []))[0];

        foreach (var field in (string[])["date", "country", "admin1", "location", "sublocation", "latitude", "longitude", "geo_precision", "suicide", "perpetrator", "group"])
        {
            Assert.Equal(JsonValueKind.Null, line.GetProperty(field).ValueKind);
        }
        foreach (var field in (string[])["weapons", "targets", "documents", "evidence"])
        {
            Assert.Equal(0, line.GetProperty(field).GetArrayLength());
        }
        foreach (var what in (string[])["killed", "injured"])
        {
            var casualty = line.GetProperty(what);
            Assert.Equal(JsonValueKind.Null, casualty.GetProperty("best").ValueKind);
            Assert.Equal(JsonValueKind.Null, casualty.GetProperty("low").ValueKind);
            Assert.Equal(JsonValueKind.Null, casualty.GetProperty("high").ValueKind);
            Assert.Equal(0, casualty.GetProperty("reports").GetArrayLength());
        }
        Assert.Equal("unknown", line.GetProperty("date_precision").GetString());
        Assert.Equal("unknown", line.GetProperty("responsibility").GetString());
    }

    [Fact]
    public void A_vague_figure_keeps_its_value_null_and_its_word()
    {
        var group = Lines(Export([], [ExportSamples.Group()]))[0];

        var report = group.GetProperty("killed").GetProperty("reports")[0];
        Assert.Equal(JsonValueKind.Null, report.GetProperty("value").ValueKind);
        Assert.Equal("dozens", report.GetProperty("qualifier").GetString());
    }

    [Fact]
    public void Offsets_are_code_points_of_the_document_text()
    {
        var jsonl = Export([ExportSamples.Full()], [ExportSamples.Group()]);
        var spans = Lines(jsonl).SelectMany(Spans).ToList();

        Assert.NotEmpty(spans);
        foreach (var (start, end, quote) in spans)
        {
            // Python's str slicing counts code points: text[start:end] must give the quote back.
            var codePoints = ExportSamples.DocumentText.EnumerateRunes().Select(r => r.ToString()).ToArray();
            Assert.Equal(quote, string.Concat(codePoints[start..end]));
        }
        var evidence = Lines(jsonl)[0].GetProperty("evidence")[0];
        Assert.Equal(2, evidence.GetProperty("start").GetInt32()); // after "💥 ", two code points but three UTF-16 units
        Assert.Equal(10, evidence.GetProperty("end").GetInt32());
    }

    [Fact]
    public void Offsets_stay_as_they_are_when_the_document_text_is_unknown()
    {
        var line = Lines(Export([ExportSamples.Full()], [], _ => null))[0];

        var evidence = line.GetProperty("evidence")[0];
        Assert.Equal(ExportSamples.Full().Evidence[0].Start, evidence.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Coordinates_are_numbers_with_at_most_five_decimals()
    {
        var jsonl = Export([ExportSamples.Full()], []);

        Assert.Contains("\"latitude\":34.7324,\"longitude\":36.7137,", jsonl);
    }

    [Fact]
    public void Non_ascii_text_is_written_as_itself_and_json_specials_are_escaped()
    {
        var incident = ExportSamples.Bare() with { Summary = "Qamişli \U0001F4A5 \"bomb\"\\ \n</script>\u2028", Location = "\ud800" };
        var jsonl = Export([incident], []);

        Assert.Contains("Qamişli \U0001F4A5 \\\"bomb\\\"\\\\ \\n</script>\u2028", jsonl);
        Assert.Contains("\"location\":\"\\ud800\"", jsonl);
        Assert.Equal(incident.Summary, Lines(jsonl)[0].GetProperty("summary").GetString());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Export([ExportSamples.Full(), ExportSamples.Bare()], [ExportSamples.Group()]);
        var second = Export([ExportSamples.Full(), ExportSamples.Bare()], [ExportSamples.Group()]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Looks_each_document_up_once()
    {
        var calls = 0;
        Export([ExportSamples.Full(), ExportSamples.Full()], [ExportSamples.Group()], id =>
        {
            calls++;
            return ExportSamples.Text(id);
        });

        Assert.Equal(1, calls);
    }

    private static IEnumerable<(int Start, int End, string Quote)> Spans(JsonElement record)
    {
        foreach (var e in record.GetProperty("evidence").EnumerateArray())
        {
            yield return (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("quote").GetString()!);
        }
        foreach (var what in (string[])["killed", "injured"])
        {
            foreach (var r in record.GetProperty(what).GetProperty("reports").EnumerateArray())
            {
                yield return (r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(), r.GetProperty("quote").GetString()!);
            }
        }
    }
}
