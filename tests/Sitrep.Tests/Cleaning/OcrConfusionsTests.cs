using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A scan's confusions of letters and digits set right a character for a character (<see cref="OcrConfusions"/>). Our
/// own lines.
/// </summary>
public class OcrConfusionsTests
{
    // line as recognised | line set right
    [Theory]
    [InlineData("The raid of 2O19 left l4 dead.", "The raid of 2019 left 14 dead.")]
    [InlineData("Some 5O,OOO people fled the district.", "Some 50,000 people fled the district.")]
    [InlineData("Ref: DX/O88/2O1O", "Ref: DX/088/2010")]
    [InlineData("The vi11age hea1th post was b1amed.", "The village health post was blamed.")]
    [InlineData("0fficers ki11ed two of the raiders.", "Officers killed two of the raiders.")]
    [InlineData("A stamp i11egib1e at the foot.", "A stamp illegible at the foot.")]
    // tokens no scan confused, or that a real word, number or code writes so: as they are
    [InlineData("The O2 shop and the I5 road.", "The O2 shop and the I5 road.")]
    [InlineData("IO and lO are no numbers.", "IO and lO are no numbers.")]
    [InlineData("An A10 jet, MI6 staff and CO2 levels.", "An A10 jet, MI6 staff and CO2 levels.")]
    [InlineData("The h1n1 flu, win10 laptops and covid19 rules.", "The h1n1 flu, win10 laptops and covid19 rules.")]
    [InlineData("On the 3rd day, 2O people left in 1O minutes.", "On the 3rd day, 2O people left in 1O minutes.")]
    [InlineData("1ndia and 00dles stay as they are.", "1ndia and 00dles stay as they are.")]
    [InlineData("Version 1.2O.3 of the form.", "Version 1.2O.3 of the form.")]
    public void Sets_right_only_confused_tokens(string recognised, string expected)
    {
        var repaired = OcrConfusions.Repair(recognised);
        Assert.Equal(expected, repaired);
        Assert.Equal(recognised.Length, repaired.Length);
    }

    [Fact]
    public void A_text_with_nothing_to_set_right_is_the_same_string()
    {
        const string text = "Gunmen killed 14 people in 2019.";
        Assert.Same(text, OcrConfusions.Repair(text));
    }

    [Fact]
    public void The_cleaned_text_reads_the_repaired_token_and_its_evidence_points_at_the_scan()
    {
        const string scan = "Report of the district office\n\nOn the night of 4 May 2O21 gunmen ki11ed l4 villagers in the market.";
        var document = BoilerplateCleaner.Clean(new Article("ocr-1", scan, "Report"));
        var at = document.Text.IndexOf("killed 14", StringComparison.Ordinal);
        Assert.True(at >= 0, document.Text);
        Assert.Contains("4 May 2021", document.Text);
        var original = document.ToOriginal(new TextSpan(at, at + "killed 14".Length));
        Assert.Equal("ki11ed l4", original.Of(document.Original));
    }
}
