using System.Text.RegularExpressions;

namespace Sitrep.Cleaning;

/// <summary>
/// A page of subtitles (SubRip's .srt, or WebVTT): cues, each a number on a line of its own, a line of its start and
/// end times ("00:00:12,800 --> 00:00:18,300") and a line or two of what is said, a blank line between cues. The
/// numbers and times are no words of the text; a cue breaks the speech where the screen fills, not where a sentence
/// ends, so a sentence goes on from one cue into the next ("a man threw a grenade into the crowd" / "at the market").
/// The cleaner drops the numbers and the time lines as furniture and joins the cues' lines as a soft-wrapped text's.
/// </summary>
public static class Subtitles
{
    /// <summary>The fewest time lines that make a page subtitles.</summary>
    private const int MinCues = 3;

    /// <summary>A cue's time line: a start and an end time (hours perhaps left out, a comma or a stop before the milliseconds), cue settings perhaps after.</summary>
    private static readonly Regex TimeLine = new(@"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}(?:\s.*)?$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The (trimmed) line is a cue's time line.</summary>
    public static bool IsTimeLine(ReadOnlySpan<char> line) => line.Length >= 14 && line.Contains("-->", StringComparison.Ordinal) && TimeLine.IsMatch(line);

    /// <summary>The (trimmed) line is a cue's number: digits alone.</summary>
    public static bool IsCueNumber(ReadOnlySpan<char> line) => line.Length is > 0 and <= 5 && line.IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The text is a page of subtitles: it has at least <see cref="MinCues"/> cue time lines.</summary>
    public static bool Are(string text)
    {
        var count = 0;
        foreach (var range in text.AsSpan().Split('\n'))
            if (IsTimeLine(text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim()) && ++count >= MinCues) return true;
        return false;
    }
}
