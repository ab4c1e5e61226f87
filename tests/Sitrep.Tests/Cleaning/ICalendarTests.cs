using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// A calendar entry in iCalendar form (src/Sitrep.Core/Cleaning/ICalendar.cs) is cleaned unfolded: a line that opens
/// on a space goes on the one before it, the text properties' values stand alone with their escapes read, the codes
/// (stamps, ids, alarms) are left out. Our own words.
/// </summary>
public class ICalendarTests
{
    private const string Entry =
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:42-vigil@parish.example\nDTSTAMP:20200301T090000Z\n"
        + "SUMMARY:Vigil for the victims of the market bombing\n"
        + "DESCRIPTION:Two weeks ago\\, on Friday 14 February 2020\\, a bomb went off in the fi\n sh market of Elmwood. Three traders died\\; eight were hu\n rt.\\nCandles will be given out at the door.\n"
        + "DTSTART;TZID=Europe/Paris:20200305T180000\nEND:VEVENT\nEND:VCALENDAR\n";

    [Fact]
    public void Reads_the_text_properties_unfolded_and_unescaped()
    {
        var (text, _) = ICalendar.Decode(Entry);
        Assert.Equal("Vigil for the victims of the market bombing\n"
                     + "Two weeks ago, on Friday 14 February 2020, a bomb went off in the fish market of Elmwood. Three traders died; eight were hurt.\n"
                     + "Candles will be given out at the door.", text);
    }

    [Fact]
    public void Maps_every_kept_character_back_to_itself()
    {
        var document = BoilerplateCleaner.Clean(new Article("a", Entry, "Parish"));
        Assert.Contains("went off in the fish market of Elmwood.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DTSTAMP", document.Text, StringComparison.Ordinal);
        for (var i = 0; i < document.Text.Length; i++)
        {
            var c = document.Text[i];
            if (c is '\n' or ' ') continue;
            Assert.Equal(c, document.Original[document.ToOriginal(new TextSpan(i, i + 1)).Start]);
        }
    }

    [Fact]
    public void Keeps_a_headline_before_the_calendar()
    {
        var (text, _) = ICalendar.Decode("Vigil in Elmwood\n\n" + Entry);
        Assert.StartsWith("Vigil in Elmwood\nVigil for the victims", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\nVERSION:2.0\n", true)]
    [InlineData("Vigil in Elmwood\n\nBEGIN:VCALENDAR\nVERSION:2.0\n", true)]
    [InlineData("\n  begin:vcalendar\n", true)]
    [InlineData("Our calendar: BEGIN:VCALENDAR is how the file opens.\n", false)]
    public void Tells_a_calendar_file(string text, bool expected) => Assert.Equal(expected, ICalendar.Is(text));
}
