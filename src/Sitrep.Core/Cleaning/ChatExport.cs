using System.Text.RegularExpressions;

namespace Sitrep.Cleaning;

/// <summary>
/// A chat group's export (WhatsApp's and the like): each message a line opened by its stamp, the day and the time it was
/// sent and its sender, then a colon ("14/09/2021, 21:31 - Ana M: ...", "[14.09.21, 21:31:05] Ana M: ..."). A message's
/// time words ("last night", "this morning") count from the day of its stamp, not from the day the chat was exported or
/// published (IncidentExtractor.FromReportDay), and the stamp's day is when the message was sent: it dates the attack only
/// when the message gives no day of its own.
/// </summary>
public static class ChatExport
{
    /// <summary>A message's stamp: a day in figures, a time, perhaps a dash, a sender's name (no colon in it) and a colon.</summary>
    private static readonly Regex Stamp = new(@"^\[?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-\u2013\u2014]\s*)?[^:\n]{1,40}:(?:\s|$)",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The (trimmed) line opens on a chat message's stamp.</summary>
    public static bool IsStamped(ReadOnlySpan<char> line) => line.Length >= 12 && char.IsAsciiDigit(line[line[0] == '[' ? 1 : 0]) && Stamp.IsMatch(line);
}
