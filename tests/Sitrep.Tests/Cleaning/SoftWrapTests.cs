using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// Text extracted from a PDF (src/Sitrep.Core/Cleaning/SoftWrap.cs, joined by BoilerplateCleaner): lines that break a
/// sentence are joined, words broken by a hyphen made whole, and the pages' running headers and footers dropped.
/// Our own words.
/// </summary>
public class SoftWrapTests
{
    /// <summary>name → (original text, cleaned text).</summary>
    private static readonly Dictionary<string, (string Original, string Cleaned)> Cases = new()
    {
        ["lines that break sentences are joined"] = (
            "Flood bulletin\n\nThe storm reached the coast in the early\nhours of Tuesday and cut the road to\nthe three villages of the valley, the office said\non Friday.\n",
            "Flood bulletin\n\nThe storm reached the coast in the early hours of Tuesday and cut the road to the three villages of the valley, the office said on Friday."),
        ["a word broken by a hyphen is made whole"] = (
            "The water stood in the base-\nment of the town hall until the after-\nnoon, and crews worked\nthrough the night.\n",
            "The water stood in the basement of the town hall until the afternoon, and crews worked through the night."),
        // (lines filled to one width: hard-wrapped too, so every line break is a space)
        ["a word written whole elsewhere is made whole"] = (
            "Crews from Lower Wed-\nmore worked through the night and cleared\nthe road before the bridge of\nWedmore opened to\ntraffic.\n",
            "Crews from Lower Wedmore worked through the night and cleared the road before the bridge of Wedmore opened to traffic."),
        ["two words joined by a hyphen keep it"] = (
            "The council approved a long-\nterm plan for the dykes and asked\nfor help from the\nregion.\n",
            "The council approved a long-term plan for the dykes and asked for help from the region."),
        ["page footers and running headers are dropped, and a sentence joined across them"] = (
            "RIVER BOARD - INTERNAL\nReport 4/2024                          Page 1 of 3\n\nThe dyke gave way north of the\nmill and the water reached the\nfields and\n\nRIVER BOARD - INTERNAL\nReport 4/2024                          Page 2 of 3\n\n" +
            "the school before noon. Nobody was hurt in the\nvillage.\n\nRIVER BOARD - INTERNAL\nReport 4/2024                          Page 3 of 3\n\nEnd of report.",
            "The dyke gave way north of the mill and the water reached the fields and the school before noon. Nobody was hurt in the village.\n\nEnd of report."),
        // (the reader prepends the headline when the page prints it below its site's lines: three copies, two of them
        // next to each other, are one page's headline, not a running header)
        ["a headline printed twice at the top is no page's header"] = (
            "Dyke breaks near the mill\n\nRiver Board news\nDyke breaks near the mill\nDyke breaks near the mill\nThe dyke gave way north of the\nmill and the water reached the\nfields and the\nschool.\n",
            "Dyke breaks near the mill\n\nRiver Board news\n\nThe dyke gave way north of the mill and the water reached the fields and the school."),
        ["a line that goes on in capitals is not joined"] = (
            "The dyke gave way north of the mill\nThe water reached the school\nCrews came at noon\n",
            "The dyke gave way north of the mill\nThe water reached the school\nCrews came at noon"),
        ["too few broken lines: a paragraph per line"] = (
            "The dyke gave way north of the mill, officials said\non Friday.\nThe water reached the school. Crews came at noon.\n",
            "The dyke gave way north of the mill, officials said\non Friday.\nThe water reached the school. Crews came at noon."),
        // a line filled to the text's width that ends without a stop goes on below, even before a capital or a figure
        ["a filled line goes on before a day and a number"] = (
            "The ferry left the quay at dawn and the storm reached the bay before the crew could turn on the night of Friday\n" +
            "12 March, when the water came over the deck, and the harbour master of the island said the boat sank within\n" +
            "minutes. Nine of the twelve sailors swam to the shore and were found on the rocks in the morning by the villagers\n" +
            "from the other side of the bay, who had seen the lights of the ferry go out from the windows of their houses at\n" +
            "Eastham Point. The owners said the boat would be towed back to the harbour of the island when the sea was calm\n" +
            "again.\nShort line\nAnother line.\n",
            "The ferry left the quay at dawn and the storm reached the bay before the crew could turn on the night of Friday " +
            "12 March, when the water came over the deck, and the harbour master of the island said the boat sank within " +
            "minutes. Nine of the twelve sailors swam to the shore and were found on the rocks in the morning by the villagers " +
            "from the other side of the bay, who had seen the lights of the ferry go out from the windows of their houses at " +
            "Eastham Point. The owners said the boat would be towed back to the harbour of the island when the sea was calm " +
            "again.\nShort line\nAnother line."),
        // a long footer line (dropped as the page's furniture) does not set the width: the body's filled line before a
        // name goes on below it
        ["a filled line goes on before a name though a footer is wider"] = (
            "The dyke gave way north of the mill and the water\nreached the fields and the school before noon, and\nthe crews that came from the\nvillage said their chief warden, Mrs Anna Penrose\nHolm, had warned them a week before the\nstorm that the old wall\nwould not hold. The board will meet on Monday to\ndecide how the wall is to be built up again, and\nthe farmers of the lower fields have asked for\nhelp to pump out their barns.\n\nRiver Board of Holmford Vale - internal report printed for the members of the board only - not for publication - page 1\n",
            "The dyke gave way north of the mill and the water reached the fields and the school before noon, and the crews that came from the village said their chief warden, Mrs Anna Penrose Holm, had warned them a week before the storm that the old wall would not hold. The board will meet on Monday to decide how the wall is to be built up again, and the farmers of the lower fields have asked for help to pump out their barns."),
        ["a paragraph's end is no break"] = (
            "The dyke gave way north of the\nmill and the water reached the\nschool before the\nevening.\n\nthe board met on Monday.\n",
            "The dyke gave way north of the mill and the water reached the school before the evening.\n\nthe board met on Monday."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Joins_broken_lines_and_keeps_offsets_true(string name)
    {
        var (original, cleaned) = Cases[name];
        var document = BoilerplateCleaner.Clean(new Article("a", original, "Flood bulletin"));

        Assert.Equal(cleaned, document.Text);
        CleanedText.AssertMapsBack(document);
    }

    [Theory]
    [InlineData("two guards of the depot died and four passers-by", "were hurt.", SoftWrap.Join.Space)]
    [InlineData("the road to", "the mill", SoftWrap.Join.Space)]
    [InlineData("the road to the mill.", "the bridge", SoftWrap.Join.None)]
    [InlineData("a band calling itself the Night Owls (Hiboux)", "said it set the fire", SoftWrap.Join.Space)]
    [InlineData("the road to the mill (closed).", "the bridge", SoftWrap.Join.None)]
    [InlineData("the road to the", "Mill", SoftWrap.Join.None)]
    [InlineData("THE ROAD TO THE", "MILL", SoftWrap.Join.None)]
    [InlineData("the publi-", "cation of the report", SoftWrap.Join.Word)]
    [InlineData("a well-", "known bridge", SoftWrap.Join.Hyphen)]
    public void Tells_how_two_lines_join(string previous, string next, SoftWrap.Join expected) =>
        Assert.Equal(expected, SoftWrap.Joint(previous + "\n" + next, previous, next));

    [Theory]
    // the width the body is wrapped to, not that of its widest line: one long footer among ten lines is passed over
    [InlineData("the dyke gave way north of the mill and the\nwater reached the fields and the school\nbefore noon and the crews came from the\nvillage at dusk with sandbags and pumps\nand the warden said the wall had\nheld for forty years before this\nstorm came down the valley at night\nand nobody was hurt in the village\nor on the farms of the lower fields\nRiver Board of Holmford Vale - internal report printed for the members of the board only", 43)]
    [InlineData("a short line\n\nanother short line\n", 18)]
    [InlineData("", 0)]
    public void Width_is_that_of_the_body_not_of_a_few_wider_lines(string text, int expected) =>
        Assert.Equal(expected, SoftWrap.Width(text));

    [Theory]
    [InlineData("the storm reached the bay on the night of Friday", "12 March, when", 50, SoftWrap.Join.Space)]
    [InlineData("the storm reached the bay and was examined by the", "Coast Guard.", 50, SoftWrap.Join.Space)]
    [InlineData("the storm reached the bay", "Coast Guard.", 50, SoftWrap.Join.None)]
    [InlineData("the storm reached the bay on the night of Friday.", "The crew", 50, SoftWrap.Join.None)]
    [InlineData("the storm reached the bay on the night of Friday", "- a list line", 50, SoftWrap.Join.None)]
    // the widest row of an export ends on a word, and the next row opens on a capital: two rows, not one sentence
    [InlineData("RX-7 ; 06 May ; Riverton ; gunmen fired on a bus", "RX-8 ; 07 May ; Elmwood ; a kiosk burned", 50, SoftWrap.Join.None)]
    [InlineData("Elmwood | 06 May | gunmen fired on the bus station", "Riverton | 07 May | a kiosk set on fire", 50, SoftWrap.Join.None)]
    // two rows of a log, each opening on its day written the same way: no sentence wraps from one into the next
    [InlineData("18/09 Riverton Grenade thrown at a shop in the market", "03/10 Elmwood Shop robbed", 50, SoftWrap.Join.None)]
    [InlineData("the storm reached the bay on the night of Friday", "18/09 when the boats", 50, SoftWrap.Join.Space)]
    // a line ending on a word no sentence ends on goes on, however short of the widest line (a column of a page in two)
    [InlineData("the convoy stopped at the western edge of", "Elmwood before dawn", 80, SoftWrap.Join.Space)]
    [InlineData("the storm hit the villages near", "12 farms were flooded", 80, SoftWrap.Join.Space)]
    [InlineData("the convoy stopped at the western edge", "Elmwood before dawn", 80, SoftWrap.Join.None)]
    [InlineData("THE CONVOY STOPPED AT THE EDGE OF", "ELMWOOD", 80, SoftWrap.Join.None)]
    public void Joins_a_filled_line_before_a_capital_or_a_figure(string previous, string next, int width, SoftWrap.Join expected) =>
        Assert.Equal(expected, SoftWrap.Joint(previous + "\n" + next, previous, next, width));
}
