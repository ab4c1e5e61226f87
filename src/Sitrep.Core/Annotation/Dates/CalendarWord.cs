namespace Sitrep.Annotation.Dates;

/// <summary>A month (1-12) or weekday (1 Monday - 7 Sunday) word; <see cref="Alone"/>: a date by itself; <see cref="Cased"/>: only when capitalised.</summary>
internal readonly record struct CalendarWord(int Value, bool Alone, bool Cased);
