using System.Text.Json;
using Sitrep.Export;
using Sitrep.Model;

namespace Sitrep.Tests.Export;

public class GeoJsonExporterTests
{
    private static string Export(params Incident[] incidents)
    {
        var output = new StringWriter();
        new GeoJsonExporter().Write(output, incidents, [ExportSamples.Group()], ExportSamples.Text);
        return output.ToString();
    }

    [Fact]
    public void Writes_a_feature_collection_of_points_longitude_first()
    {
        var root = JsonDocument.Parse(Export(ExportSamples.Full())).RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("inc-1", feature.GetProperty("id").GetString());
        var geometry = feature.GetProperty("geometry");
        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        Assert.Equal([36.7137, 34.7324], geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void Properties_are_the_flat_columns_typed()
    {
        var properties = JsonDocument.Parse(Export(ExportSamples.Full())).RootElement
            .GetProperty("features")[0].GetProperty("properties");

        Assert.Equal(25, properties.EnumerateObject().Count());
        Assert.Equal("inc-1", properties.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.False, properties.GetProperty("suicide").ValueKind);
        Assert.Equal(4, properties.GetProperty("killed_best").GetInt32());
        Assert.Equal("vehicle_bomb;explosive", properties.GetProperty("weapons").GetString());
        Assert.Equal(34.7324, properties.GetProperty("latitude").GetDouble());
        Assert.Equal("grp-1", properties.GetProperty("group").GetString());
    }

    [Fact]
    public void Incidents_without_coordinates_and_groups_are_not_features()
    {
        var root = JsonDocument.Parse(Export(ExportSamples.Bare(), ExportSamples.Bare() with { Latitude = 1.5 })).RootElement;

        Assert.Equal(0, root.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Null_values_are_null()
    {
        var properties = JsonDocument.Parse(Export(ExportSamples.Bare() with { Latitude = 1, Longitude = -2 })).RootElement
            .GetProperty("features")[0].GetProperty("properties");

        Assert.Equal(JsonValueKind.Null, properties.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("killed_best").ValueKind);
        Assert.Equal(-2, properties.GetProperty("longitude").GetDouble());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes() =>
        Assert.Equal(Export(ExportSamples.Full(), ExportSamples.Bare()), Export(ExportSamples.Full(), ExportSamples.Bare()));
}
