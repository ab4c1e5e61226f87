using Sitrep.Export;
using Sitrep.Model;

namespace Sitrep.Tests.Export;

public class CsvExporterTests
{
    private const string Header =
        "id,date,date_precision,country,admin1,location,sublocation,latitude,longitude,geo_precision,event_type,suicide," +
        "weapons,targets,perpetrator,responsibility,killed_best,killed_low,killed_high,injured_best,injured_low,injured_high," +
        "documents,group,summary";

    private static string Export(params Incident[] incidents)
    {
        var output = new StringWriter();
        new CsvExporter().Write(output, incidents, [ExportSamples.Group()], ExportSamples.Text);
        return output.ToString();
    }

    /// <summary>A minimal RFC 4180 reader, to read back what was written.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
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
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    [Fact]
    public void Writes_a_header_and_one_row_per_incident_with_crlf()
    {
        var csv = Export(ExportSamples.Full(), ExportSamples.Bare());

        Assert.StartsWith(Header + "\r\n", csv);
        var rows = Parse(csv);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(25, r.Count));
    }

    [Fact]
    public void Flat_columns_hold_the_values()
    {
        var row = Parse(Export(ExportSamples.Full()))[1];
        var cells = Header.Split(',').Zip(row).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal("inc-1", cells["id"]);
        Assert.Equal("34.7324", cells["latitude"]);
        Assert.Equal("36.7137", cells["longitude"]);
        Assert.Equal("false", cells["suicide"]);
        Assert.Equal("vehicle_bomb;explosive", cells["weapons"]);
        Assert.Equal("4", cells["killed_best"]);
        Assert.Equal("12", cells["injured_high"]);
        Assert.Equal("doc-1", cells["documents"]);
        Assert.Equal("grp-1", cells["group"]);
    }

    [Fact]
    public void Unknown_values_are_empty_cells()
    {
        var row = Parse(Export(ExportSamples.Bare()))[1];

        Assert.Equal("inc-2", row[0]);
        Assert.Equal("", row[1]);
        Assert.Equal("", row[7]);
        Assert.Equal("", row[11]);
        Assert.Equal("", row[16]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void Quotes_fields_as_rfc_4180_says(string value, string written)
    {
        var csv = Export(ExportSamples.Bare() with { Summary = value });

        Assert.EndsWith("," + written + "\r\n", csv);
        Assert.Equal(value, Parse(csv)[1][24]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1 dead", "'+1 dead")]
    [InlineData("-5 km north", "'-5 km north")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Islamic State", "Islamic State")]
    public void Defuses_text_a_spreadsheet_would_run_as_a_formula(string perpetrator, string cell)
    {
        Assert.Equal(cell, Parse(Export(ExportSamples.Bare() with { Perpetrator = perpetrator }))[1][14]);
    }

    [Fact]
    public void Negative_numbers_in_numeric_columns_stay_numbers()
    {
        var row = Parse(Export(ExportSamples.Bare() with { Latitude = -33.8688, Longitude = -151.20929 }))[1];

        Assert.Equal("-33.8688", row[7]);
        Assert.Equal("-151.20929", row[8]);
    }

    [Fact]
    public void Defuses_list_cells_too()
    {
        var row = Parse(Export(ExportSamples.Bare() with { Documents = ["=cmd", "doc"] }))[1];

        Assert.Equal("'=cmd;doc", row[22]);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes() =>
        Assert.Equal(Export(ExportSamples.Full(), ExportSamples.Bare()), Export(ExportSamples.Full(), ExportSamples.Bare()));
}
