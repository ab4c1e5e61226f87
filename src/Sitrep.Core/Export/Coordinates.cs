using System.Globalization;

namespace Sitrep.Export;

/// <summary>Latitudes and longitudes as written in exports: at most five decimals (about a metre), no exponent.</summary>
internal static class Coordinates
{
    public const int Decimals = 5;

    /// <summary>The number as text ("37.0522", "-122.63926"), or null for a missing or non-finite value.</summary>
    public static string? Format(double? degrees)
    {
        if (degrees is not { } d || !double.IsFinite(d) || Math.Abs(d) > 1e12) return null;
        var rounded = Math.Round((decimal)d, Decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.#####", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
