using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// The contract's JSON Lines export (spec/INCIDENTS.md): one object a line, the incidents then the groups, each with
/// exactly the contract's fields in the contract's order. Unknown values are null, empty lists [].
/// Evidence offsets are reported in Unicode code points of the document text as ingested.
/// </summary>
public sealed class JsonlExporter : IIncidentExporter
{
    public string Format => "jsonl";

    public void Write(TextWriter output, IReadOnlyList<Incident> incidents, IReadOnlyList<IncidentGroup> groups, Func<string, string?> documentText)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(documentText);
        var offsets = new CodePointOffsets(documentText);
        var json = new JsonText();
        foreach (var incident in incidents)
        {
            json.Clear();
            WriteIncident(json, incident, offsets);
            output.Write(json.ToString());
            output.Write('\n');
        }
        foreach (var group in groups)
        {
            json.Clear();
            WriteGroup(json, group, offsets);
            output.Write(json.ToString());
            output.Write('\n');
        }
    }

    private static void WriteIncident(JsonText json, Incident incident, CodePointOffsets offsets)
    {
        json.BeginObject();
        json.Name("id").String(incident.Id);
        json.Name("kind").String("incident");
        json.Name("date").String(incident.Date);
        json.Name("date_precision").String(incident.DatePrecision);
        json.Name("country").String(incident.Country);
        json.Name("admin1").String(incident.Admin1);
        json.Name("location").String(incident.Location);
        json.Name("sublocation").String(incident.Sublocation);
        json.Name("latitude").RawNumber(Coordinates.Format(incident.Latitude));
        json.Name("longitude").RawNumber(Coordinates.Format(incident.Longitude));
        json.Name("geo_precision").String(incident.GeoPrecision);
        json.Name("event_type").String(incident.EventType);
        json.Name("suicide").Bool(incident.Suicide);
        json.Name("weapons").Strings(incident.Weapons);
        json.Name("targets").Strings(incident.Targets);
        json.Name("perpetrator").String(incident.Perpetrator);
        json.Name("responsibility").String(incident.Responsibility);
        json.Name("killed");
        WriteCasualties(json, incident.Killed, offsets);
        json.Name("injured");
        WriteCasualties(json, incident.Injured, offsets);
        json.Name("documents").Strings(incident.Documents);
        json.Name("group").String(incident.Group);
        json.Name("summary").String(incident.Summary);
        json.Name("evidence");
        WriteEvidence(json, incident.Evidence, offsets);
        json.EndObject();
    }

    private static void WriteGroup(JsonText json, IncidentGroup group, CodePointOffsets offsets)
    {
        json.BeginObject();
        json.Name("id").String(group.Id);
        json.Name("kind").String("group");
        json.Name("members").Strings(group.Members);
        json.Name("killed");
        WriteCasualties(json, group.Killed, offsets);
        json.Name("injured");
        WriteCasualties(json, group.Injured, offsets);
        json.Name("documents").Strings(group.Documents);
        json.Name("summary").String(group.Summary);
        json.Name("evidence");
        WriteEvidence(json, group.Evidence, offsets);
        json.EndObject();
    }

    /// <summary>
    /// {best, low, high, reports: [{value, qualifier, source, document, start, end, quote}]}; the figures a correction
    /// withdrew ("an earlier version of this story said ...") are no reported value: they follow, in the same shape, under
    /// <c>withdrawn</c> when there are any.
    /// </summary>
    private static void WriteCasualties(JsonText json, CasualtyEstimate? estimate, CodePointOffsets offsets)
    {
        estimate ??= CasualtyEstimate.None;
        json.BeginObject();
        json.Name("best").Number(estimate.Best);
        json.Name("low").Number(estimate.Low);
        json.Name("high").Number(estimate.High);
        json.Name("reports");
        WriteFigures(json, estimate.Reports.Where(r => !r.Withdrawn), offsets);
        if (estimate.Reports.Any(r => r.Withdrawn))
        {
            json.Name("withdrawn");
            WriteFigures(json, estimate.Reports.Where(r => r.Withdrawn), offsets);
        }
        json.EndObject();
    }

    /// <summary>[{value, qualifier, source, document, start, end, quote}].</summary>
    private static void WriteFigures(JsonText json, IEnumerable<CasualtyFigure> figures, CodePointOffsets offsets)
    {
        json.BeginArray();
        foreach (var report in figures)
        {
            var evidence = report.Evidence;
            json.BeginObject();
            json.Name("value").Number(report.Value);
            json.Name("qualifier").String(report.Qualifier);
            json.Name("source").String(report.Source);
            json.Name("document").String(evidence?.Document);
            json.Name("start").Number(evidence is null ? null : offsets.Convert(evidence.Document, evidence.Start));
            json.Name("end").Number(evidence is null ? null : offsets.Convert(evidence.Document, evidence.End));
            json.Name("quote").String(evidence?.Quote);
            json.EndObject();
        }
        json.EndArray();
    }

    /// <summary>[{field, document, start, end, quote}].</summary>
    private static void WriteEvidence(JsonText json, IReadOnlyList<Evidence> evidence, CodePointOffsets offsets)
    {
        json.BeginArray();
        foreach (var e in evidence)
        {
            json.BeginObject();
            json.Name("field").String(e.Field);
            json.Name("document").String(e.Document);
            json.Name("start").Number(offsets.Convert(e.Document, e.Start));
            json.Name("end").Number(offsets.Convert(e.Document, e.End));
            json.Name("quote").String(e.Quote);
            json.EndObject();
        }
        json.EndArray();
    }
}
