using System.Text;
using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// One row per incident under a header row (<see cref="FlatIncident.Columns"/>), RFC 4180: fields quoted when they
/// hold a comma, a quotation mark or a line break, records ended by CRLF. Groups are not rows; an incident's group id
/// is a column. A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
/// return) gets a leading apostrophe; numeric columns are written as numbers and never altered.
/// </summary>
public sealed class CsvExporter : IIncidentExporter
{
    private const string RecordEnd = "\r\n";

    public string Format => "csv";

    public void Write(TextWriter output, IReadOnlyList<Incident> incidents, IReadOnlyList<IncidentGroup> groups, Func<string, string?> documentText)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        var line = new StringBuilder();
        for (var i = 0; i < FlatIncident.Columns.Count; i++)
        {
            if (i > 0) line.Append(',');
            AppendField(line, FlatIncident.Columns[i]);
        }
        output.Write(line.Append(RecordEnd).ToString());
        foreach (var incident in incidents)
        {
            line.Clear();
            var row = FlatIncident.Row(incident);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) line.Append(',');
                AppendField(line, row[i].Kind == FlatKind.Text ? Defuse(row[i].Text) : row[i].Text);
            }
            output.Write(line.Append(RecordEnd).ToString());
        }
    }

    /// <summary>Prefixes an apostrophe to text a spreadsheet would read as a formula (OWASP CSV injection).</summary>
    internal static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Appends a field, quoted (with inner quotes doubled) when RFC 4180 requires it.</summary>
    internal static void AppendField(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }
        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
