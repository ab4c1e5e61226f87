using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>Writes incidents and their groups in one export format (spec/INCIDENTS.md).</summary>
public interface IIncidentExporter
{
    /// <summary>The format's name as the command line takes it: "jsonl", "csv", "geojson".</summary>
    string Format { get; }

    /// <summary>
    /// Writes <paramref name="incidents"/> and <paramref name="groups"/>, in the order given, to <paramref name="output"/>.
    /// </summary>
    /// <param name="documentText">
    /// The text as ingested of a document id, or null when it is not known. Evidence offsets are UTF-16 indexes
    /// into this text; the export reports them in Unicode code points. Called at most once per document.
    /// </param>
    void Write(TextWriter output, IReadOnlyList<Incident> incidents, IReadOnlyList<IncidentGroup> groups, Func<string, string?> documentText);
}
