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
/// Index keys for <see cref="ReportMatcher.SameMonthTownAndToll"/> and <see cref="ReportMatcher.SameMonthTownAndKind"/>:
/// a report dated to a month or a day, placed at a small town, is stored and looked up under its country, town, month and
/// death toll (when it counts its dead) and under its country, town, month and kind of attack (when it names one). Every
/// pair the rules link shares a key.
/// </summary>
public static class TownMonthKeys
{
    public const string KeyKind = "month";

    public static IReadOnlyList<string> Of(IncidentReport report)
    {
        var keys = new List<string>(2);
        if (ReportMatcher.TownMonthToll(report) is { } t)
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"{report.Place!.CountryCode}|{t.Town}|{t.Month}|{t.Toll}"));
        // (<see cref="ReportMatcher.SameMonthTownAndKind"/>: a mention that counts no dead, by the kind of attack)
        if (ReportMatcher.TownMonthKind(report) is { } k)
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"{report.Place!.CountryCode}|{k.Town}|{k.Month}|{k.Kind}"));
        return keys;
    }
}

/// <summary>
/// Index keys for <see cref="ReportMatcher.Corrects"/>: a correction's report is stored and looked up under its
/// country and the day of the article it corrects; any other report that counts dead or hurt, under its country and
/// publication day. Every pair the rule links shares the key.
/// </summary>
public static class CorrectionKeys
{
    public const string KeyKind = "corrects";

    public static IReadOnlyList<string> Of(IncidentReport report)
    {
        if (report.Background || report.Place is null) return [];
        if (report.CorrectsArticleOf is { } cited) return [Key(report.Place.CountryCode, cited)];
        if (report.Published is not { } published || !report.Killed.Concat(report.Injured).Any(f => f.Value is not null)) return [];
        return [Key(report.Place.CountryCode, published)];
    }

    private static string Key(string country, DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{country}|{day:yyyy-MM-dd}");
}
