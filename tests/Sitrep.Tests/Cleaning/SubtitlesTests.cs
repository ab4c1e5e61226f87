using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A page of subtitles (src/Sitrep.Core/Cleaning/Subtitles.cs, cleaned by BoilerplateCleaner): the cues' numbers and time
/// lines are dropped and a sentence that runs from one cue into the next is read whole. Our own words.
/// </summary>
public class SubtitlesTests
{
    /// <summary>name → (original text, cleaned text).</summary>
    private static readonly Dictionary<string, (string Original, string Cleaned)> Cases = new()
    {
        ["a sentence across two cues is joined, the numbers and times dropped"] = (
            "1\n00:00:01,000 --> 00:00:04,000\nGood evening.\n\n2\n00:00:04,200 --> 00:00:08,000\nIn Elmwood last night, gunmen fired on\n\n"
            + "3\n00:00:08,200 --> 00:00:12,000\na bus at the depot\nand killed three passengers.\n\n4\n00:00:12,200 --> 00:00:15,000\nThe road is closed.\n",
            "Good evening.\n\nIn Elmwood last night, gunmen fired on a bus at the depot and killed three passengers.\n\nThe road is closed."),
        // (a cue that ends on its stop stays apart, as a paragraph)
        // WebVTT: a header line, times without hours and with a stop, cue settings after the times
        ["a WebVTT page is read the same"] = (
            "WEBVTT\n\n00:01.000 --> 00:04.000 line:90%\nThe storm reached the bay\n\n00:04.200 --> 00:08.000\nbefore dawn.\n\n00:08.200 --> 00:11.000\nCrews came at noon.\n",
            "WEBVTT\n\nThe storm reached the bay before dawn.\n\nCrews came at noon."),
        // two time lines are too few: a numbered list with a line of times is kept as it is
        ["two time lines make no subtitles"] = (
            "Timetable\n\n1\n09:00:00,000 --> 09:30:00,000\nThe first bus leaves the depot.\n\n2\n10:00:00,000 --> 10:30:00,000\nThe second one waits.\n",
            "Timetable\n\n1\n09:00:00,000 --> 09:30:00,000\nThe first bus leaves the depot.\n\n2\n10:00:00,000 --> 10:30:00,000\nThe second one waits."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Drops_cue_lines_and_joins_a_sentence_across_cues(string name)
    {
        var (original, cleaned) = Cases[name];
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        Assert.Equal(cleaned, document.Text);
        CleanedText.AssertMapsBack(document);
    }

    [Theory]
    [InlineData("00:00:12,800 --> 00:00:18,300", true)]
    [InlineData("01:02.500 --> 01:05.000 align:start", true)]
    [InlineData("00:00:12,800 - 00:00:18,300", false)]
    [InlineData("The bus left at 09:00 --> and came back", false)]
    public void Tells_a_cues_time_line(string line, bool expected) => Assert.Equal(expected, Subtitles.IsTimeLine(line));
}
