using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// Python 3.11's <c>date.fromisoformat</c> for the ten-character strings the scorer gives it: "YYYY-MM-DD",
/// "YYYY-Www-D" and what CPython's parser also takes (no separator, trailing characters ignored: "20160101xx").
/// </summary>
internal static class PythonDate
{
    /// <summary>score.py's <c>parse_day</c>: the day, or null when the text is not ten characters or not a date.</summary>
    public static DateOnly? ParseDay(string text)
    {
        if (text.Length != 10 || text.Any(c => c > 0x7f)) return null; // CPython parses the UTF-8 bytes: 10 of them
        if (!Digits(text, 0, 4, out var year)) return null;
        var p = 4;
        var separator = text[p] == '-';
        if (separator) p++;
        if (text[p] == 'W')
        {
            p++;
            if (!Digits(text, p, 2, out var week)) return null;
            p += 2;
            var day = 1;
            if (p < text.Length)
            {
                if (separator && text[p++] != '-') return null;
                if (p >= text.Length || !Digits(text, p, 1, out day)) return null;
            }
            return FromIsoWeek(year, week, day);
        }
        if (!Digits(text, p, 2, out var month)) return null;
        p += 2;
        if (separator && text[p++] != '-') return null;
        if (!Digits(text, p, 2, out var dayOfMonth)) return null;
        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, dayOfMonth);
    }

    private static DateOnly? FromIsoWeek(int year, int week, int day)
    {
        if (year < 1 || week < 1 || week > 53 || day < 1 || day > 7) return null;
        if (week == 53 && ISOWeek.GetWeeksInYear(year) != 53) return null;
        var monday = DateOnly.FromDateTime(ISOWeek.GetYearStart(year));
        var dayNumber = (long)monday.DayNumber + (week - 1) * 7 + day - 1;
        return dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)dayNumber) : null;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9') return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
