using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>What a flat cell holds: text, a number already formatted, a truth value, or nothing.</summary>
internal enum FlatKind { Null, Text, Number, Bool }

/// <summary>One cell of a flat incident row.</summary>
internal readonly record struct FlatValue(FlatKind Kind, string Text)
{
    public static FlatValue Null { get; } = new(FlatKind.Null, "");
    public static FlatValue Of(string? text) => text is null ? Null : new(FlatKind.Text, text);
    public static FlatValue Of(int? number) => number is { } n ? new(FlatKind.Number, n.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Null;
    public static FlatValue Of(bool? value) => value is { } b ? new(FlatKind.Bool, b ? "true" : "false") : Null;
    public static FlatValue Coordinate(double? degrees) => Coordinates.Format(degrees) is { } t ? new(FlatKind.Number, t) : Null;
    public static FlatValue Joined(IReadOnlyList<string> values) => new(FlatKind.Text, string.Join(';', values));
}

/// <summary>
/// An incident as one flat row (CSV columns, GeoJSON properties): lists joined with ';', casualty objects reduced
/// to best, low and high, no evidence.
/// </summary>
internal static class FlatIncident
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "date", "date_precision", "country", "admin1", "location", "sublocation", "latitude", "longitude",
        "geo_precision", "event_type", "suicide", "weapons", "targets", "perpetrator", "responsibility",
        "killed_best", "killed_low", "killed_high", "injured_best", "injured_low", "injured_high",
        "documents", "group", "summary",
    ];

    /// <summary>The cells of <paramref name="incident"/>, in the order of <see cref="Columns"/>.</summary>
    public static FlatValue[] Row(Incident incident)
    {
        var killed = incident.Killed ?? CasualtyEstimate.None;
        var injured = incident.Injured ?? CasualtyEstimate.None;
        return
        [
            FlatValue.Of(incident.Id),
            FlatValue.Of(incident.Date),
            FlatValue.Of(incident.DatePrecision),
            FlatValue.Of(incident.Country),
            FlatValue.Of(incident.Admin1),
            FlatValue.Of(incident.Location),
            FlatValue.Of(incident.Sublocation),
            FlatValue.Coordinate(incident.Latitude),
            FlatValue.Coordinate(incident.Longitude),
            FlatValue.Of(incident.GeoPrecision),
            FlatValue.Of(incident.EventType),
            FlatValue.Of(incident.Suicide),
            FlatValue.Joined(incident.Weapons),
            FlatValue.Joined(incident.Targets),
            FlatValue.Of(incident.Perpetrator),
            FlatValue.Of(incident.Responsibility),
            FlatValue.Of(killed.Best),
            FlatValue.Of(killed.Low),
            FlatValue.Of(killed.High),
            FlatValue.Of(injured.Best),
            FlatValue.Of(injured.Low),
            FlatValue.Of(injured.High),
            FlatValue.Joined(incident.Documents),
            FlatValue.Of(incident.Group),
            FlatValue.Of(incident.Summary),
        ];
    }
}
