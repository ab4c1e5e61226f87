namespace Sitrep.Model;

/// <summary>What a gazetteer entry is: a populated place, a first-level division or a country.</summary>
public enum PlaceKind { City, Admin1, Country }

/// <summary>A gazetteer place (GeoNames), the value a place mention resolves to.</summary>
public sealed record Place(
    int GeonameId,
    string Name,
    double Latitude,
    double Longitude,
    string CountryCode,
    string? Admin1Code,
    string? Admin1Name,
    PlaceKind Kind,
    long Population,
    string FeatureCode = "PPL")
{
    /// <summary>The contract's <c>geo_precision</c> for an incident placed here.</summary>
    public string GeoPrecision => Kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Admin1 => "admin1",
        _ => "city",
    };

    /// <summary>A gazetteer area (GeoNames feature AREA: a district, a former province; ADM2: a county of admin2.tsv.gz), not a town: it may hold towns far apart.</summary>
    public bool IsArea => FeatureCode is "AREA" or "ADM2";

    /// <summary>Great-circle distance in kilometres.</summary>
    public double KilometresTo(Place other) => Geo.Kilometres(Latitude, Longitude, other.Latitude, other.Longitude);
}
