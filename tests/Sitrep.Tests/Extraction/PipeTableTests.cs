using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Extraction;
using Xunit;

namespace Sitrep.Tests.Extraction;

/// <summary>The rows and headers <see cref="PipeTable"/> finds in tables of our own words, with and without outer pipes.</summary>
public class PipeTableTests
{
    /// <summary>text ("\n" line breaks), the start of the line asked about → its cells and its header's cells, "/"-separated.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        // a table with outer pipes and a rule under its header
        { "| Town | Killed |\n|---|---|\n| Elmwood | 2 |\n| Riverton | 1 |", "| Riverton", "Riverton/1 ; Town/Killed" },
        // the same without outer pipes and without a rule: a run of lines with as many cells, a header of words on top
        { "Date | Town | Killed\n06 May | Elmwood | 2\n07 May | Riverton | 1", "07 May", "07 May/Riverton/1 ; Date/Town/Killed" },
        // a blank line before the table and after it ends the run, not the table
        { "INCIDENTS\n\nDate | Town | Killed\n06 May | Elmwood | 2\n07 May | Riverton | 1\n\nThe roads stay closed.", "06 May", "06 May/Elmwood/2 ; Date/Town/Killed" },
        // the header row itself is no data row
        { "Date | Town | Killed\n06 May | Elmwood | 2\n07 May | Riverton | 1", "Date", "Date/Town/Killed ; " },
        // one line with pipes is a site's menu, not a table
        { "Home | News | Sport | Contact\nGunmen killed 2 in Elmwood.", "Home", " ; " },
        // two lines are too few: a header and a single line under it may be a menu over a line of text
        { "News | Sport | Weather\nMonday | 12 May | 2025", "Monday", " ; " },
        // lines with different counts of cells are no table
        { "Date | Town | Killed\n06 May | Elmwood | 2 | extra\n07 May | Riverton", "07 May", " ; " },
        // an export's fields between " ; ", a rule of dashes under its header, a semicolon inside a field
        { "event_id ; date ; admin1 ; place ; killed\n------------------\nRX-7 ; 06 May ; North ; Riverton ; 2\nRX-8 ; 07 May ; North ; Elmwood ; 1; unconfirmed", "RX-8", "RX-8/07 May/North/Elmwood/1; unconfirmed ; event_id/date/admin1/place/killed" },
        // a grid with outer pipes scraped without its rule of dashes: the top of a run of three rows, holding no figure, is its header
        { "| Day | Town | Dead |\n| 02/05 | Elmwood | 3 |\n| 04/05 | Riverton | 1 |", "| 04/05", "04/05/Riverton/1 ; Day/Town/Dead" },
        // its header line is no data row; and a top line with a figure heads nothing
        { "| Day | Town | Dead |\n| 02/05 | Elmwood | 3 |\n| 04/05 | Riverton | 1 |", "| Day", "Day/Town/Dead ; " },
        { "| 01/05 | Oldham | 2 |\n| 02/05 | Elmwood | 3 |\n| 04/05 | Riverton | 1 |", "| 04/05", "04/05/Riverton/1 ; " },
        // two piped lines are too few to tell a header from a menu
        { "| Day | Town | Dead |\n| 02/05 | Elmwood | 3 |", "| 02/05", "02/05/Elmwood/3 ; " },
        // a header with a figure is a line of data, not a header (a brief's reference line above other lines)
        { "Brief 12 | week 3 | 2025\n06 May | Elmwood | 2\n07 May | Riverton | 1", "07 May", " ; " },
        // a sheet pasted as tab-separated text: its cells between tabs, an empty cell kept in its place
        { "date\ttown\tkilled\n06 May\tElmwood\t2\n07 May\t\t1", "07 May", "07 May//1 ; date/town/killed" },
        // a totals line under it, after a blank line, with as many cells: the table's last row (its total_label tells the rest)
        { "date\ttown\tkilled\n06 May\tElmwood\t2\n07 May\tRiverton\t1\n\nTOTALS\t\t3", "TOTALS", "TOTALS//3 ; date/town/killed" },
        // with fewer cells: no row of the table
        { "date\ttown\tkilled\tnotes\n06 May\tElmwood\t2\tx\n07 May\tRiverton\t1\ty\n\nTOTALS\t\t3", "TOTALS", " ; " },
        // two lines with tabs are too few, as two with pipes are
        { "Name:\tEl Roe\tAge 40\nCity:\tRiverton\tEast", "City", " ; " },
        // a wiki-markup table: cells between "||" after a row's opening pipe, its header's between "!!", "|-" lines between rows
        { "{| class=\"wikitable\"\n|-\n! Date !! Town !! Killed\n|-\n| 06 May || Elmwood || 2\n|-\n| 07 May || Riverton || 1\n|}", "| 07 May", "07 May/Riverton/1 ; Date/Town/Killed" },
        // its header line is no data row
        { "{| class=\"wikitable\"\n! Date !! Town !! Killed\n|-\n| 06 May || Elmwood || 2\n|}", "! Date", "Date/Town/Killed ; " },
        // a pipe table's row with an empty cell ("||") closes on a pipe: split at every pipe, not read as wiki markup
        { "| Town | Killed | Hurt |\n|---|---|---|\n| Elmwood || 2 |", "| Elmwood", "Elmwood//2 ; Town/Killed/Hurt" },
        // an export's comma-separated values: a quoted field keeps its commas, each cell the text inside the quotes
        { "\"id\",\"date\",\"town\",\"killed\"\n\"RX-1\",\"06 May\",\"Elmwood, the depot\",\"2\"\n\"RX-2\",\"07 May\",\"Riverton\",\"1\"", "\"RX-1", "RX-1/06 May/Elmwood, the depot/2 ; id/date/town/killed" },
        // fields bare or quoted, a doubled quote inside a quoted field, an empty field kept in its column
        { "id,date,note,killed\nRX-1,06 May,\"\"\"gate shut, guards gone\"\"\",2\nRX-2,07 May,,1", "RX-1", "RX-1/06 May/gate shut, guards gone/2 ; id/date/note/killed" },
        { "id,date,note,killed\nRX-1,06 May,\"\"\"gate shut, guards gone\"\"\",2\nRX-2,07 May,,1", "RX-2", "RX-2/07 May//1 ; id/date/note/killed" },
        // lines of prose with as many commas are no table: prose puts a space after its commas
        { "Gunmen came at dawn, fired, and left.\nThe guards ran, hid, and waited.\nNobody knew why, or who, or how.", "The guards", " ; " },
        // a quote left open is no field of an export
        { "id,date,note\nRX-1,06 May,\"open\nRX-2,07 May,shut", "RX-2", " ; " },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Finds_a_rows_cells_and_its_header(string text, string lineStart, string expected)
    {
        var at = text.IndexOf(lineStart, StringComparison.Ordinal);
        string Join(List<TextSpan> cells) => string.Join("/", cells.Select(c => text[c.Start..c.End]));
        Assert.Equal(expected, $"{Join(PipeTable.CellsAt(text, at))} ; {Join(PipeTable.HeaderAbove(text, at))}");
    }

    /// <summary>
    /// A table fills every cell: a row's zero under "Killed" is no report that none died, so its incident counts no dead,
    /// while the row still tells its own incident at its own town (a kidnapping with "0 | 0" at Wajir).
    /// </summary>
    [Fact]
    public void A_rows_zero_is_no_count_and_the_row_keeps_its_town()
    {
        const string title = "Weekly note: bus attacked near Mandera, trader seized near Wajir";
        const string text = "Northline Security Advisers\n\nINCIDENTS\n\nDate | Place | What happened | Killed | Injured\n"
                            + "04 Mar | Rhamu road, 20 km from Mandera | Gunmen fired on a bus | 3 | 6\n"
                            + "06 Mar | Grazing land N of Wajir | Armed men kidnapped a trader | 0 | 0\n\n"
                            + "The north-east remains the most dangerous part of the country, and we still advise clients against any road travel there after dark.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

        Assert.Equal("Mandera|3|6; Wajir|-|-", string.Join("; ", reading.Reports.Select(r =>
            $"{r.Place?.Name ?? "?"}|{Figures(r.Killed)}|{Figures(r.Injured)}")));
    }

    /// <summary>
    /// A table of the places of care that took the victims in, a row per hospital with a column of those who died there:
    /// its towns are where the wounded lie, no scene of their own; the attack stays at its own town.
    /// </summary>
    [Fact]
    public void A_table_of_hospitals_tells_no_attack_at_their_towns()
    {
        const string title = "Gunmen kill two at Wajir market";
        const string text = "Gunmen opened fire at the livestock market on Monday morning, killing two traders.\n\nWHERE THE WOUNDED WERE TAKEN\n"
                            + "| Facility | Admitted | Died |\n"
                            + "| Wajir County Hospital | 4 | 0 |\n"
                            + "| Garissa General Hospital | 2 (to Nairobi) | 1 |\n"
                            + "| Kenyatta National Hospital, Nairobi | 1 | 0 |\n\n"
                            + "Police said the gunmen fled on foot towards the border.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

        Assert.Equal("Wajir|2|-", string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Figures(r.Killed)}|{Figures(r.Injured)}")));
    }

    /// <summary>
    /// A table with a column of the division each row lies in before the column of its place ("State | Location"): the
    /// division's cell tells where the town lies, not the scene, even when the division bears its seat's name (Kano
    /// state, Kaduna state); the row is its town's. Alone, with no town in the row, the division's cell still places it.
    /// </summary>
    [Theory]
    [InlineData("State", "Wudil|2|5; Zaria|1|-")]
    [InlineData("Province", "Wudil|2|5; Zaria|1|-")]
    [InlineData("Region", "Wudil|2|5; Zaria|1|-")]
    public void A_division_column_does_not_place_the_row(string heading, string expected)
    {
        const string title = "Weekly note: market bomb near Kano, gate attack in Zaria";
        var text = "Northline Security Advisers\n\nINCIDENTS\n\nDate | " + heading + " | Location | What happened | Killed | Injured\n"
                   + "04 Mar | Kano | Wudil, the cattle market | A bomb went off among the stalls | 2 | 5\n"
                   + "06 Mar | Kaduna | Zaria, gate of the barracks | Gunmen fired on the guards | 1 | 0\n\n"
                   + "We still advise clients against road travel in the north after dark.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

        Assert.Equal(expected, string.Join("; ", reading.Reports.Select(r =>
            $"{r.Place?.Name ?? "?"}|{Figures(r.Killed)}|{Figures(r.Injured)}")));
    }

    /// <summary>
    /// A sheet pasted as tab-separated text is read as a table: the division's column (function_words.tsv kind
    /// division_heading: the whole heading) tells where the row's town lies, the town's column (a heading that is no
    /// division's, as "district/town" is not) is its scene; a province's name and the town's after a tab are two cells,
    /// never one name nor a person's; a totals line adds no figure to the last row, nor does a note under the table that
    /// names another row's town.
    /// </summary>
    [Theory]
    [InlineData("province", "district/town", "Wudil|2|5; Zaria|1|-")]
    [InlineData("state", "town", "Wudil|2|5; Zaria|1|-")]
    [InlineData("region", "location", "Wudil|2|5; Zaria|1|-")]
    public void A_tab_separated_sheet_is_read_as_a_table(string division, string town, string expected)
    {
        const string title = "Sheet of incidents in the north, March";
        var text = "Northline open data\n\nrow\tdate\t" + division + "\t" + town + "\tweapon\tkilled\twounded\tnotes\n"
                   + "1\t2024-03-04\tKano\tWudil\tbomb\t2\t5\tstalls of the cattle market hit\n"
                   + "2\t2024-03-06\tKaduna\tZaria\tgunfire\t1\t0\tguards at a barracks gate fired on\n"
                   + "3\t2024-03-07\tKaduna\tZaria\tnone\t0\t0\ta tyre burst taken for a shot\n\n"
                   + "TOTALS\t\t\t\t\t3\t5\n\n"
                   + "Notes\n\u2022 Row 1: the clinic's first count gave 4 killed for Wudil, later lowered.\n";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

        Assert.Equal(expected, string.Join("; ", reading.Reports.Select(r =>
            $"{r.Place?.Name ?? "?"}|{Figures(r.Killed)}|{Figures(r.Injured)}")));
    }

    /// <summary>
    /// A page of comma-separated values under a header of field names: each row is its own incident at its town, its
    /// figures read from the cells under "killed" and "injured" even when a quoted note before them holds commas and
    /// figures of its own.
    /// </summary>
    [Fact]
    public void A_comma_separated_export_reads_each_row_as_a_record()
    {
        const string title = "Road incidents export";
        const string text = "Road incidents export\n# generated by the monitor, text fields quoted\n"
                            + "\"ref\",\"date\",\"place\",\"notes\",\"killed\",\"injured\"\n"
                            + "\"RD-31\",\"2024-03-04\",\"Road out of Mandera\",\"\"\"Gunmen stopped a bus, shot its driver and a passenger, set it alight.\"\"\",\"2\",\"4\"\n"
                            + "\"RD-32\",\"2024-03-06\",\"Wajir\",\"\"\"Grenade thrown at a market stall; three people hurt, one gravely.\"\"\",\"0\",\"3\"\n"
                            + "\"RD-33\",\"2024-03-07\",\"Garissa\",\"\"\"Checkpoint closed for the day, no harm done.\"\"\",\"0\",\"0\"\n";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("c", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

        Assert.Equal("Mandera|2|4; Wajir|-|3", string.Join("; ", reading.Reports.Select(r =>
            $"{r.Place?.Name ?? "?"}|{Figures(r.Killed)}|{Figures(r.Injured)}")));
    }

    private static string Figures(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Count == 0 ? "-" : string.Join(",", figures.Select(f => f.Value));
}
