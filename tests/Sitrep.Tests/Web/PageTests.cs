using System.Net;
using System.Text.Json;

namespace Sitrep.Tests.Web;

/// <summary>The page and its libraries are served from the assembly, with headers that forbid running anything else.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(SeedServer server)
{
    [Fact]
    public async Task The_page_is_served_at_the_root_with_a_strict_content_security_policy()
    {
        using var response = await server.Client.GetAsync("/");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<main", html);
    }

    [Theory]
    [InlineData("/js/main.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css")]
    [InlineData("/lib/leaflet.markercluster/leaflet.markercluster.js", "text/javascript")]
    [InlineData("/lib/topojson-client/topojson-client.min.js", "text/javascript")]
    [InlineData("/lib/world-atlas/LICENSE.txt", "text/plain")]
    public async Task The_page_and_its_npm_libraries_are_served(string path, string mediaType)
    {
        using var response = await server.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task The_country_outlines_are_bundled_topojson()
    {
        var topology = await server.Client.Json("/lib/world-atlas/countries-50m.json");
        Assert.Equal("Topology", topology.GetProperty("type").GetString());
        Assert.True(topology.GetProperty("objects").GetProperty("countries").GetProperty("geometries").GetArrayLength() > 200);
    }

    [Fact]
    public async Task A_missing_file_is_a_404()
    {
        using var response = await server.Client.GetAsync("/lib/nothing.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_on_loopback()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        request.Headers.Host = "attacker.example";
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        local.Headers.Host = $"localhost:{server.BaseAddress.Port}";
        using var ok = await server.Client.SendAsync(local);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Api_answers_are_snake_case_json()
    {
        using var response = await server.Client.GetAsync("/api/stats");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var stats = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(stats.TryGetProperty("per_day", out _));
    }
}
