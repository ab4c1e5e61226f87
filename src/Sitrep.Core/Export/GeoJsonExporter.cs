using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// A GeoJSON (RFC 7946) FeatureCollection: one Point feature per incident that has coordinates
/// ([longitude, latitude]), its properties the flat columns of the CSV export (lists joined with ';'), typed
/// (numbers, true/false, null). Groups are not features. One feature a line, so that exports diff well.
/// </summary>
public sealed class GeoJsonExporter : IIncidentExporter
{
    public string Format => "geojson";

    public void Write(TextWriter output, IReadOnlyList<Incident> incidents, IReadOnlyList<IncidentGroup> groups, Func<string, string?> documentText)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        output.Write("{\"type\":\"FeatureCollection\",\"features\":[");
        var json = new JsonText();
        var first = true;
        foreach (var incident in incidents)
        {
            var longitude = Coordinates.Format(incident.Longitude);
            var latitude = Coordinates.Format(incident.Latitude);
            if (longitude is null || latitude is null) continue;
            json.Clear();
            json.BeginObject();
            json.Name("type").String("Feature");
            json.Name("id").String(incident.Id);
            json.Name("geometry").BeginObject();
            json.Name("type").String("Point");
            json.Name("coordinates").BeginArray().RawNumber(longitude).RawNumber(latitude).EndArray();
            json.EndObject();
            json.Name("properties").BeginObject();
            var row = FlatIncident.Row(incident);
            for (var i = 0; i < row.Length; i++)
            {
                json.Name(FlatIncident.Columns[i]);
                switch (row[i].Kind)
                {
                    case FlatKind.Text: json.String(row[i].Text); break;
                    case FlatKind.Number: json.RawNumber(row[i].Text); break;
                    case FlatKind.Bool: json.Bool(row[i].Text == "true"); break;
                    default: json.Null(); break;
                }
            }
            json.EndObject();
            json.EndObject();
            output.Write(first ? "\n" : ",\n");
            output.Write(json.ToString());
            first = false;
        }
        output.Write(first ? "]}\n" : "\n]}\n");
    }
}
