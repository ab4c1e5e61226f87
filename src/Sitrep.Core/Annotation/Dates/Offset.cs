namespace Sitrep.Annotation.Dates;

/// <summary>An amount of days, months or years: "yesterday" is -1 day, "last month" -1 month, "weeks" 7 days.</summary>
internal readonly record struct Offset(int Amount, string Precision);
