using System.Globalization;

namespace Sitrep.Sources;

/// <summary>
/// Reads a publication date as written: "2016-07-27", an ISO timestamp with or without an offset, an RFC 1123
/// date, or a plain English date. The calendar date is the one written, never converted to UTC.
/// </summary>
public static class PublishedDate
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy"];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return date;
        // An ISO timestamp starts with the date as written, whatever the offset that follows.
        if (text.Length > 10 && text[10] is 'T' or 't' or ' ' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return date;
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out stamp))
            return DateOnly.FromDateTime(stamp.DateTime);
        return null;
    }
}
