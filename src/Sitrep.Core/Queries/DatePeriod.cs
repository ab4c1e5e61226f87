using System.Globalization;

namespace Sitrep.Queries;

/// <summary>The days an incident date covers: one day for "YYYY-MM-DD", the month for "YYYY-MM", the year for "YYYY".</summary>
public readonly record struct DatePeriod(DateOnly First, DateOnly Last)
{
    /// <summary>The period of a contract date, or null for a missing or malformed one.</summary>
    public static DatePeriod? Of(string? date)
    {
        if (date is null) return null;
        var c = CultureInfo.InvariantCulture;
        if (date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", c, DateTimeStyles.None, out var day)) return new(day, day);
        if (date.Length == 7 && DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month)) return new(month, month.AddMonths(1).AddDays(-1));
        if (date.Length == 4 && int.TryParse(date, NumberStyles.None, c, out var year) && year is >= 1 and <= 9999) return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return null;
    }

    /// <summary>Whether some day of this period lies in [from, to] (an open end is unbounded).</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) => (from is null || Last >= from) && (to is null || First <= to);
}
