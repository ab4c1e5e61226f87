namespace Sitrep.Annotation.Dates;

/// <summary>
/// A month (1-12) or weekday (1 Monday - 7 Sunday) word; <see cref="Alone"/>: a date by itself; <see cref="Cased"/>: only when
/// capitalised; <see cref="Dated"/>: a weekday only beside a written date ("Selasa (4/11/2025)"), a month only with its day or year
/// ("4 de noviembre"), never alone: the words of other languages.
/// </summary>
internal readonly record struct CalendarWord(int Value, bool Alone, bool Cased, bool Dated = false);
