using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A page printed in two columns side by side (src/Sitrep.Core/Cleaning/Columns.cs, read by BoilerplateCleaner): the
/// left column is read first, then the right one, words broken by a hyphen made whole, and every kept character still
/// points at the original text. Tables and lists of labels and values are no columns. Our own words.
/// </summary>
public class ColumnsTests
{
    private static readonly string[] Left =
    [
        "The harbour desk",
        "HARLEIGH",
        "",
        "A parcel bomb left at the door",
        "of the customs house in Harleigh",
        "went off on Monday evening, kil-",
        "ling two clerks and wounding a",
        "guard, the harbour police said.",
        "  The parcel had been brought by",
        "a courier van an hour earlier, a",
    ];

    private static readonly string[] Right =
    [
        "witness told the paper. The van",
        "was found burned out near the",
        "old ferry ramp the next morning.",
        "  Later the police said that 14",
        "other people were hurt by glass",
        "from the windows of the customs",
        "house and of the bank next door.",
        "  Nobody said it had sent the",
        "parcel. The customs house will",
        "stay closed until Thursday.",
    ];

    /// <summary>The two columns side by side, the right one starting at <paramref name="gutter"/> + 2 after <paramref name="bar"/>.</summary>
    private static string Page(string[] left, string[] right, int gutter, string bar) =>
        string.Join("\n", left.Select((l, i) => (l.PadRight(gutter) + bar + " " + right[i]).TrimEnd()));

    private const string Expected =
        "The harbour desk\nHARLEIGH\n\nA parcel bomb left at the door of the customs house in Harleigh went off on Monday evening, " +
        "killing two clerks and wounding a guard, the harbour police said.\nThe parcel had been brought by a courier van an hour " +
        "earlier, a witness told the paper. The van was found burned out near the old ferry ramp the next morning.\nLater the " +
        "police said that 14 other people were hurt by glass from the windows of the customs house and of the bank next " +
        "door.\nNobody said it had sent the parcel. The customs house will stay closed until Thursday.";

    [Theory]
    [InlineData("|")]
    [InlineData("\u2502")]
    [InlineData("  ")]
    public void Reads_the_left_column_then_the_right_one(string bar)
    {
        var original = "Customs house bombed\n\n" + Page(Left, Right, 40, bar) + "\n\nPrinted by the Harleigh Courier.\n";
        var document = BoilerplateCleaner.Clean(new Article("a", original, "Customs house bombed"));

        Assert.Equal("Customs house bombed\n\n" + Expected + "\n\nPrinted by the Harleigh Courier.", document.Text);
        CleanedText.AssertMapsBack(document);
        // a figure read from the right column points at its place in the original line
        var at = document.Text.IndexOf("14 other", StringComparison.Ordinal);
        var span = document.ToOriginal(new TextSpan(at, at + 2));
        Assert.Equal("14", original.Substring(span.Start, span.Length));
        Assert.Equal(original.IndexOf("that 14", StringComparison.Ordinal) + 5, span.Start);
    }

    [Fact]
    public void The_left_column_goes_on_below_the_block()
    {
        // the right column ends first; the left one's sentence runs on under the block
        var left = Left.Take(9).Append("a courier van an hour earlier, an-").ToArray();
        var original = Page(left, Right, 40, "|") + "\nother witness said.\n";
        var document = BoilerplateCleaner.Clean(new Article("a", original, "Customs house bombed"));

        Assert.Contains("an hour earlier, another witness said.\nwitness told the paper.", document.Text);
        CleanedText.AssertMapsBack(document);
    }

    [Fact]
    public void Too_few_lines_are_no_columns()
    {
        var original = Page(Left[3..8], Right[3..8], 40, "|");
        Assert.Equal(original.Split('\n').Length, Columns.Lines(original).Count);
        Assert.True(Columns.Lines(original).Zip(Columns.Lines(original).Skip(1)).All(p => p.First.End < p.Second.Start));
    }

    [Theory]
    // a table of cells between bars
    [InlineData("| Date       | Town          | Killed | Injured |\n| 3 March    | Harleigh      | 2      | 14      |\n| 5 March    | Oldbury Cross | 0      | 3       |\n| 9 March    | Westmarsh     | 1      | 0       |\n| 12 March   | Harleigh      | 0      | 2       |\n| 20 March   | Fenby         | 4      | 9       |\n| 22 March   | Fenby         | 0      | 1       |")]
    // labels and their values, aligned
    [InlineData("Place of the attack:      the customs house of Harleigh\nDay:                      Monday 3 March in the evening\nWeapon:                    a parcel bomb left at the door\nKilled:                    two clerks of the customs office\nWounded:                   a guard and fourteen passers-by\nClaimed by:                nobody so far, the police said\nNext update:               Thursday morning after the inquest")]
    // a table of three columns of words
    [InlineData("Harleigh customs house     parcel bomb at the door     two killed and fifteen hurt\nOldbury Cross post office   gunfire from a passing car  nobody hurt in the attack\nWestmarsh ferry ramp        a van set on fire at night  one guard killed there\nFenby town hall steps       a grenade thrown at guards  four killed and nine hurt\nFenby market square         shots fired into the crowd  one hurt by a stray bullet\nHarleigh bank branch        a second parcel defused     nobody hurt, police said")]
    public void Tables_and_lists_are_no_columns(string original)
    {
        var lines = Columns.Lines(original);
        Assert.Equal(original.Split('\n').Length, lines.Count);
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First.End < p.Second.Start));
    }
}
