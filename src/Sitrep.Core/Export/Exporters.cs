namespace Sitrep.Export;

/// <summary>The known export formats, by name.</summary>
public static class Exporters
{
    private static readonly IIncidentExporter[] All = [new JsonlExporter(), new CsvExporter(), new GeoJsonExporter()];

    /// <summary>The names of the known formats, in the order they are documented.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(e => e.Format).ToArray();

    /// <summary>The exporter for a format name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static IIncidentExporter For(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        foreach (var exporter in All)
        {
            if (string.Equals(exporter.Format, format.Trim(), StringComparison.OrdinalIgnoreCase)) return exporter;
        }
        throw new ArgumentException(
            $"Unknown export format '{format}'; the known formats are {string.Join(", ", Formats)}.", nameof(format));
    }
}
