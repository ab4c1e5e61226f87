using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>
/// Index keys that find a dated report's candidates by day and place, so that the candidates of a lookup stay few
/// however many reports a country has on a day. A report is stored under its day and its grid cell (half a degree),
/// under its day and province, and, when it is placed at a province as a whole, under its day and "province level".
/// A lookup asks for the days within <see cref="ReportMatcher.MaxDayGap"/> and every cell within
/// <see cref="Radius"/> kilometres (the farthest the day rule links), plus the province's reports (for a report placed
/// at a province) or the province-level reports (for a report placed at a town). Every pair the day rule links shares a key.
/// Keys begin with the day, so that news arriving in publication order adds keys at one end of the index.
/// </summary>
public static class PlaceDayKeys
{
    public const string KeyKind = "near";

    /// <summary>The largest distance at which <see cref="ReportMatcher.SameIncident"/> links: 2 x 25 km for a province.</summary>
    public const double Radius = ReportMatcher.MaxKilometres * 2;

    private const double CellDegrees = 0.5;
    private const int LongitudeCells = (int)(360 / CellDegrees);

    public static IReadOnlyList<string> Stored(IncidentReport report)
    {
        if (report.Place is not { } place || ReportMatcher.Day(report) is not { } day) return [];
        var keys = new List<string> { Cell(place.CountryCode, day, LatitudeCell(place.Latitude), LongitudeCell(place.Longitude)) };
        if (place.Admin1Code is { } admin1)
        {
            keys.Add(Province(place.CountryCode, admin1, day));
            if (place.Kind == PlaceKind.Admin1) keys.Add(ProvinceLevel(place.CountryCode, admin1, day));
        }
        return keys;
    }

    public static IReadOnlyList<string> Lookup(IncidentReport report)
    {
        if (report.Place is not { } place || ReportMatcher.Day(report) is not { } day) return [];
        var keys = new List<string>();
        var latitudeCell = LatitudeCell(place.Latitude);
        var longitudeCell = LongitudeCell(place.Longitude);
        // half a degree of latitude is 55.6 km > Radius; a degree of longitude shrinks with the cosine of the latitude
        var farthest = Math.Min(89.9, Math.Abs(place.Latitude) + 0.5);
        var longitudeSpan = (int)Math.Ceiling(Radius / (111.2 * Math.Cos(farthest * Math.PI / 180)) / CellDegrees);
        longitudeSpan = Math.Min(longitudeSpan, LongitudeCells / 2);
        for (var d = -ReportMatcher.MaxDayGap; d <= ReportMatcher.MaxDayGap; d++)
        {
            var on = day.AddDays(d);
            for (var y = latitudeCell - 1; y <= latitudeCell + 1; y++)
                for (var x = -longitudeSpan; x <= longitudeSpan; x++)
                    keys.Add(Cell(place.CountryCode, on, y, ((longitudeCell + x) % LongitudeCells + LongitudeCells) % LongitudeCells));
            if (place.Admin1Code is { } admin1)
                keys.Add(place.Kind == PlaceKind.Admin1 ? Province(place.CountryCode, admin1, on) : ProvinceLevel(place.CountryCode, admin1, on));
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int LatitudeCell(double latitude) => (int)Math.Floor((latitude + 90) / CellDegrees);

    private static int LongitudeCell(double longitude) => ((int)Math.Floor((longitude + 180) / CellDegrees) % LongitudeCells + LongitudeCells) % LongitudeCells;

    private static string Cell(string country, DateOnly day, int y, int x) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}|c|{country}|{y}|{x}");

    private static string Province(string country, string admin1, DateOnly day) => $"{day:yyyy-MM-dd}|p|{country}|{admin1}";

    private static string ProvinceLevel(string country, string admin1, DateOnly day) => $"{day:yyyy-MM-dd}|l|{country}|{admin1}";
}
