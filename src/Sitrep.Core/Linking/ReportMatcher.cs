using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Whether two reports from different articles tell of the same attack: the same country, days at most one apart,
/// places within <see cref="MaxKilometres"/> (or one is the province holding the other), compatible attack types
/// and no conflicting perpetrators. Symmetric, so the incidents it forms do not depend on the order articles arrive in.
/// </summary>
public static class ReportMatcher
{
    public const double MaxKilometres = 25;
    public const int MaxDayGap = 1;

    private static readonly HashSet<string> DistinctTypes = new(StringComparer.Ordinal) { "bombing", "air_strike", "shelling", "kidnapping" };

    public static bool SameIncident(IncidentReport a, IncidentReport b)
    {
        if (a.ArticleId == b.ArticleId) return false;
        if (a.Background || b.Background) return false;
        if (a.Place is null || b.Place is null || a.Place.CountryCode != b.Place.CountryCode) return false;
        if (Day(a) is not { } da || Day(b) is not { } db || Math.Abs(da.DayNumber - db.DayNumber) > MaxDayGap) return false;
        // the day gap allows for publication lag; two days both read from the text ("Thursday", "Dec. 10") must agree,
        // or a busy city's shootings on consecutive nights would chain into one incident
        if (da != db && ReadFromText(a, da) && ReadFromText(b, db)) return false;
        if (!Near(a.Place, b.Place)) return false;
        // a busy city has several shootings a day: reports that both name streets, none the same, are two incidents
        if (a.Streets.Count > 0 && b.Streets.Count > 0 && !a.Streets.Intersect(b.Streets).Any()) return false;
        if (DistinctTypes.Contains(a.EventType) && DistinctTypes.Contains(b.EventType) && a.EventType != b.EventType) return false;
        if (a.Perpetrator is not null && b.Perpetrator is not null && a.Perpetrator != b.Perpetrator) return false;
        return true;
    }

    /// <summary>A day other than the publication day was read from the text, not assumed from when the article appeared.</summary>
    private static bool ReadFromText(IncidentReport r, DateOnly day) => r.Published != day;

    public static DateOnly? Day(IncidentReport r) =>
        r.DatePrecision == "day" && r.Date is not null && DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", out var d) ? d : null;

    private static bool Near(Place a, Place b)
    {
        if (a.Kind == PlaceKind.Admin1 || b.Kind == PlaceKind.Admin1)
            return a.Admin1Code == b.Admin1Code || a.KilometresTo(b) <= MaxKilometres * 2;
        return a.KilometresTo(b) <= MaxKilometres;
    }
}
