using System.Text;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Web;

/// <summary>GET /api/export: the command's exports as downloads, byte for byte; with filters, what the filters keep.</summary>
[Collection(WebCollection.Name)]
public sealed class ExportApiTests(SeedServer server)
{
    [Theory]
    [InlineData("jsonl", "application/jsonl")]
    [InlineData("csv", "text/csv")]
    [InlineData("geojson", "application/geo+json")]
    public async Task Without_filters_each_format_is_the_commands_output(string format, string mediaType)
    {
        using var response = await server.Client.GetAsync($"/api/export?format={format.ToUpperInvariant()}");
        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"sitrep-incidents.{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetBytes(Workspace.Cli("export", "--db", server.Db, "--format", format).Stdout), bytes);
    }

    [Fact]
    public async Task With_a_filter_only_the_kept_incidents_and_their_waves_are_exported()
    {
        var member = server.Incidents.First(i => i.Str("group") is not null);
        var admin1 = member.Str("admin1")!;
        var jsonl = await server.Client.GetStringAsync($"/api/export?format=jsonl&admin1={Uri.EscapeDataString(admin1)}");
        var expected = server.Incidents.Where(i => i.Str("admin1") == admin1).Select(i => i.Str("id")).ToList();
        Assert.True(expected.Count < server.Incidents.Count);
        Assert.Equal(expected, ExportRecords.Incidents(jsonl).Select(i => i.Str("id")));
        var groups = ExportRecords.Groups(jsonl);
        Assert.Equal(server.Groups.Where(g => g.GetProperty("members").EnumerateArray().Any(m => expected.Contains(m.GetString()))).Select(g => g.Str("id")),
            groups.Select(g => g.Str("id")));
        Assert.Contains(member.Str("group"), groups.Select(g => g.Str("id")));
    }
}
