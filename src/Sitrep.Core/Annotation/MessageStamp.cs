using System.Text.RegularExpressions;

namespace Sitrep.Annotation;

/// <summary>
/// The stamp a message of a chat's or a channel's export opens with: the day and the time it was sent and its sender.
/// Two shapes of line carry one:
/// <list type="bullet">
/// <item>a post's heading (<see cref="HeadsPost"/>): the day and perhaps the hour in brackets, then the poster's name
/// and perhaps a colon to the line's end ("[15.10.19 06:41] Riverside News:"); the post's lines follow it;</item>
/// <item>a message's line (<see cref="OpensMessage"/>): the day and the time, perhaps a dash, the sender and a colon,
/// then the message on the same line ("14/09/2021, 21:31 - Ana M: ...", "[14.09.21, 21:31:05] Ana M: ...").</item>
/// </list>
/// Either way the stamp's day is when the message was sent: its time words ("last night", "this morning") count from
/// that day, not from the day the export was made or published, and it dates the attack only when the message gives
/// no day of its own.
/// </summary>
public static partial class MessageStamp
{
    /// <summary>Most words of the poster's name after a post's stamp (<see cref="HeadsPost"/>).</summary>
    private const int PosterWords = 4;

    /// <summary>
    /// The day (a whole day, not counted from publication by a word, no starting point) stands in the brackets that
    /// open its line, perhaps with an hour after it, and at most <see cref="PosterWords"/> words (the poster's name) and
    /// perhaps a colon follow the brackets to the line's end: the heading of a post.
    /// </summary>
    public static bool HeadsPost(string text, DateMention date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(date);
        if (date.Precision != "day" || date.Since || date.Relative) return false;
        var lineStart = date.Start == 0 ? 0 : text.LastIndexOf('\n', date.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', date.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (text.AsSpan(lineStart, date.Start - lineStart).Trim() is not "[") return false;
        var close = text.IndexOf(']', date.End, lineEnd - date.End);
        if (close < 0) return false;
        var inside = text.AsSpan(date.End, close - date.End).Trim();
        if (inside.Length > 0 && !StampHour().IsMatch(inside)) return false;
        var poster = text.AsSpan(close + 1, lineEnd - close - 1).Trim().TrimEnd(':');
        return poster.ToString().Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length <= PosterWords;
    }

    /// <summary>The (trimmed) line opens on a message's stamp: a day in figures, a time, perhaps a dash, a sender's name (no colon in it) and a colon.</summary>
    public static bool OpensMessage(ReadOnlySpan<char> line) =>
        line.Length >= 12 && char.IsAsciiDigit(line[line[0] == '[' ? 1 : 0]) && MessageLine().IsMatch(line);

    /// <summary>An hour of the clock as a post's stamp writes it after its day: "06:41", "06:41:09", "6.41".</summary>
    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?::\d{2})?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StampHour();

    [GeneratedRegex(@"^\[?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-\u2013\u2014]\s*)?[^:\n]{1,40}:(?:\s|$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MessageLine();
}
