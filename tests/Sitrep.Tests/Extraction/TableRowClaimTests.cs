using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Extraction;
using Xunit;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A table's row is an attack of its own: the group its claim column names, and the blame a note in its last cell gives,
/// are that row's only, never another row's (tables of our own words).
/// </summary>
public class TableRowClaimTests
{
    private static ArticleReading Read(string title, string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("t", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 11))).Reading;

    private static string Claims(ArticleReading reading) =>
        string.Join("; ", reading.Reports.OrderBy(r => r.Date).ThenBy(r => r.Place?.Name)
            .Select(r => $"{r.Place?.Name ?? "?"}|{r.Date}|{r.Perpetrator ?? "-"}|{r.Responsibility}"));

    /// <summary>
    /// A wiki-markup list: the first row's note blames a militia in a sentence of its own after the row's cells; the rows
    /// under it, another day, say "claimed" with no one named, or name no one. The militia is the first row's alone: the
    /// others name no group (a claim with no one named is no responsibility).
    /// </summary>
    [Fact]
    public void A_rows_note_blames_for_its_own_row_only()
    {
        const string title = "List of attacks in March 2024";
        const string text = "A list of the attacks reported in the north-east this month.\n\n"
                            + "{| class=\"wikitable\"\n|-\n! Date !! Place !! Type !! Dead !! Perpetrator !! Notes\n"
                            + "|-\n| 2 March || Wajir || Shooting || 3 || ? || Gunmen fired on a bus at the stage. Police blamed the Dorvan militia.\n"
                            + "|-\n| 9 March || Mandera || Bombing || 5 || claimed || A bomb went off in the cattle market.\n"
                            + "|-\n| 9 March || Garissa || Shooting || 2 || ? || Two guards were shot at a depot gate.\n|}\n";
        var reading = Read(title, text);

        Assert.Equal("Wajir|2024-03-02|Dorvan militia|attributed; Garissa|2024-03-09|-|unknown; Mandera|2024-03-09|-|unknown", Claims(reading));
    }

    /// <summary>
    /// The same list written a cell per line ("|-", then "| 2 March", "| Wajir" on lines of their own), with a citation
    /// after each note whose day is the source's: read as the rows written on one line are, each row dated by its own cell.
    /// </summary>
    [Fact]
    public void A_wiki_table_written_a_cell_per_line_is_read_by_rows()
    {
        const string title = "List of attacks in March 2024";
        const string text = "A list of the attacks reported in the north-east this month.\n\n"
                            + "{| class=\"wikitable\"\n|-\n! Date\n! Place\n! Type\n! Dead\n! Perpetrator\n! Notes\n"
                            + "|-\n| 2 March\n| Wajir\n| Shooting\n| 3\n| ?\n| Gunmen fired on a bus at the stage. Police blamed the Dorvan militia.<ref>North Star, 4 March 2024</ref>\n"
                            + "|-\n| 9 March\n| Mandera\n| Bombing\n| 5\n| claimed\n| A bomb went off in the cattle market.<ref>Coast Wire, 10 March 2024</ref>\n"
                            + "|-\n| 9 March\n| Garissa\n| Shooting\n| 2\n| ?\n| Two guards were shot at a depot gate.\n|}\n";
        var reading = Read(title, text);

        Assert.Equal("Wajir|2024-03-02|Dorvan militia|attributed; Garissa|2024-03-09|-|unknown; Mandera|2024-03-09|-|unknown", Claims(reading));
    }

    /// <summary>A day inside a wiki citation ("&lt;ref&gt;Source, day&lt;/ref&gt;") is the source's; a self-closed "&lt;ref name=x /&gt;" holds nothing.</summary>
    [Theory]
    [InlineData("A shop burned.<ref>North Star, 4 March 2024</ref>", "4 March", true)]
    [InlineData("A shop burned.<ref name=\"ns\">North Star, 4 March 2024</ref>", "4 March", true)]
    [InlineData("A shop burned on 4 March.<ref>North Star</ref>", "4 March", false)]
    [InlineData("A shop burned.<ref name=\"ns\" /> On 4 March a bus was hit.", "4 March", false)]
    public void A_citations_day_is_its_sources(string text, string day, bool inside) =>
        Assert.Equal(inside, IncidentExtractor.InCitation(text, text.IndexOf(day, StringComparison.Ordinal)));

    /// <summary>
    /// A name that fills a cell under a heading of claim ("Perpetrator", and an export's "claimed_by", read as "claimed
    /// by") is the group of its row, even one the catalogue does not know; the kind in brackets after it is the row's claim.
    /// </summary>
    [Theory]
    [InlineData("Perpetrator", "Tana Delta Brigade (claimed)", "Rift Patriots Movement (suspected)", "Mandera|2024-03-09|Tana Delta Brigade|claimed; Wajir|2024-03-09|Rift Patriots Movement|suspected")]
    [InlineData("claimed_by", "Tana Delta Brigade", "Rift Patriots Movement", "Mandera|2024-03-09|Tana Delta Brigade|claimed; Wajir|2024-03-09|Rift Patriots Movement|claimed")]
    // a cell that describes the attackers names no group
    [InlineData("Perpetrator", "Unknown gunmen", "Unknown", "Mandera|2024-03-09|-|unknown; Wajir|2024-03-09|-|unknown")]
    public void A_name_in_a_claim_column_is_its_rows_group(string heading, string first, string second, string expected)
    {
        const string title = "Incidents of the week";
        var text = "Incidents logged by the desk this week.\n\n"
                   + "| date | town | event | killed | " + heading + " |\n|---|---|---|---|---|\n"
                   + "| 9 March | Mandera | bomb in the market | 4 | " + first + " |\n"
                   + "| 9 March | Wajir | gunmen fired on a bus | 2 | " + second + " |\n";
        var reading = Read(title, text);

        Assert.Equal(expected, Claims(reading));
    }

    /// <summary>A sentence in a row's last cell, after the one that opens the row, is the row's; the header line is no data row.</summary>
    [Fact]
    public void A_sentence_in_the_last_cell_is_its_rows()
    {
        const string text = "{| class=\"wikitable\"\n! Date !! Town !! Notes\n|-\n| 06 May || Elmwood || A shop burned. Police blamed a gang.\n|}";
        var row = text.IndexOf("| 06 May", StringComparison.Ordinal);
        Assert.Equal(row, PipeTable.RowStart(text, text.IndexOf("Police", StringComparison.Ordinal)));
        Assert.Equal(row, PipeTable.RowStart(text, row));
        Assert.Equal(-1, PipeTable.RowStart(text, text.IndexOf("! Date", StringComparison.Ordinal)));
    }

    /// <summary>A heading's words, split at the underscores of a field's name as at spaces.</summary>
    [Theory]
    [InlineData("claimed_by", "claimed by")]
    [InlineData("Claimed by (group)", "claimed by group")]
    [InlineData("Perpetrator/claim", "perpetrator claim")]
    public void Splits_a_headings_words(string heading, string expected) =>
        Assert.Equal(expected, string.Join(" ", PipeTable.HeadingWords(heading)));

    /// <summary>
    /// A log's rows in tab-separated cells: an earlier row whose category cell names a road accident and whose words tell
    /// only a vehicle tipping over (no attackers) is no past attack of its own, however many it hurt; the attack row stays.
    /// </summary>
    [Fact]
    public void A_log_row_of_a_road_accident_is_no_past_attack()
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("t", global::Sitrep.Sources.Headline.Prepend("Access incidents log",
            "Access incidents, May 2026\nRef\tDate\tDistrict\tLocality\tCategory\tDescription\tKilled\tInjured\n"
            + "R-01\t03/05/2026\tKeita\tTahoua town\tRoad accident\tA lorry tipped over at the ford\t2\t5\n"
            + "R-02\t18/05/2026\tKeita\tTahoua town\tArmed attack\tGunmen fired on the checkpoint at dawn\t1\t0\n"
            + "Figures as reported to the network."), "Access incidents log", Published: new DateOnly(2026, 5, 20))).Reading;
        var report = Assert.Single(reading.Reports);
        Assert.Equal("2026-05-18", report.Date);
    }
}
