using System.Text.RegularExpressions;

namespace Sitrep.Annotation;

/// <summary>
/// The prefix a line of an alert log or a numbered message series opens with before its text: the item's number
/// ("[4]", "4.", "(4)", "#4"), the hour it was sent ("08:19", "[08.19]", "08h19") and a sender's short code ("#4411"),
/// each optional, in that order ("[4] 08:19 #4411 ELMWOOD: ..."); or, in a log whose lines are cells between bars, the
/// day and hour it was sent, perhaps its sender's code in capitals, each closed by a bar, then perhaps the message's kind
/// in capitals ("2024-01-31 23:10 | OPS | ALERT Elmwood: ..."). What follows such a prefix stands where a line's label
/// stands, as if it opened the line.
/// </summary>
public static partial class AlertPrefix
{
    /// <summary>
    /// The line holding <paramref name="at"/> has, before it, nothing but an alert prefix of at least one part (not
    /// only white space): the text at <paramref name="at"/> opens the message after the prefix.
    /// </summary>
    public static bool EndsAt(string text, int at)
    {
        if (at <= 0 || at > text.Length) return false;
        var line = at;
        while (line > 0 && text[line - 1] is not ('\n' or '\r')) line--;
        if (at - line > MaxLength) return false;
        var lead = text.AsSpan(line, at - line);
        return lead.Trim().Length > 0 && Prefix().IsMatch(lead);
    }

    /// <summary>
    /// The text at <paramref name="at"/> opens its line, after white space only or after an alert prefix
    /// (<see cref="EndsAt"/>): where a line's label stands.
    /// </summary>
    public static bool OpensMessage(string text, int at)
    {
        if (at < 0 || at > text.Length) return false;
        var line = at;
        while (line > 0 && text[line - 1] is not ('\n' or '\r')) line--;
        return text.AsSpan(line, at - line).Trim().Length == 0 || EndsAt(text, at);
    }

    /// <summary>The most characters an alert prefix takes ("[123] 23:59:59 #ABCDEF12 ", "2024-01-31 23:59:59 | OPS-UPDATE | ALERT ").</summary>
    private const int MaxLength = 48;

    [GeneratedRegex(@"^[ \t]*(?:(?:(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|#\d{1,3})[ \t]+)?(?:\[?\d{1,2}[:.h]\d{2}(?::\d{2})?\]?[ \t]+)?(?:#[\p{L}\d]{2,8}[ \t]+)?"
                    + @"|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*\|[ \t]*[\p{Lu}\d][\p{Lu}\d-]{1,11})?[ \t]*\|[ \t]*(?:\p{Lu}{2,8}[ \t]+)?)$",
        RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Prefix();
}
