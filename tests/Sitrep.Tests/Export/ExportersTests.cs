using Sitrep.Export;

namespace Sitrep.Tests.Export;

public class ExportersTests
{
    [Theory]
    [InlineData("jsonl", typeof(JsonlExporter))]
    [InlineData("csv", typeof(CsvExporter))]
    [InlineData("geojson", typeof(GeoJsonExporter))]
    [InlineData("JSONL", typeof(JsonlExporter))]
    public void Finds_the_exporter_of_a_format(string format, Type type)
    {
        var exporter = Exporters.For(format);

        Assert.IsType(type, exporter);
        Assert.Equal(format.ToLowerInvariant(), exporter.Format);
    }

    [Fact]
    public void An_unknown_format_is_an_error_naming_it_and_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => Exporters.For("xml"));

        Assert.Contains("'xml'", e.Message);
        Assert.Contains("jsonl, csv, geojson", e.Message);
    }
}
