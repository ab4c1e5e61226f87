using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Index keys for <see cref="ReportMatcher.SameTownAndToll"/>: a report without a day, from an article without a
/// publication date, placed at a small town and counting its dead, is stored and looked up under its country, town
/// and death toll. Every pair the rule links shares the key; reports that cannot meet the rule have none.
/// </summary>
public static class TownTollKeys
{
    public const string KeyKind = "town";

    public static IReadOnlyList<string> Of(IncidentReport report) =>
        ReportMatcher.TownAndToll(report) is { } t
            ? [string.Create(CultureInfo.InvariantCulture, $"{t.Town.CountryCode}|{t.Town.GeonameId}|{t.Toll}")]
            : [];
}

/// <summary>
/// Index keys for <see cref="ReportMatcher.SameMonthTownAndToll"/>: a report dated to a month or a day, placed at a
/// small town and counting its dead, is stored and looked up under its country, town, month and death toll. Every pair
/// the rule links shares the key.
/// </summary>
public static class TownMonthKeys
{
    public const string KeyKind = "month";

    public static IReadOnlyList<string> Of(IncidentReport report) =>
        ReportMatcher.TownMonthToll(report) is { } t
            ? [string.Create(CultureInfo.InvariantCulture, $"{report.Place!.CountryCode}|{t.Town}|{t.Month}|{t.Toll}")]
            : [];
}
