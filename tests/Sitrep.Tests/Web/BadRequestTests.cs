using System.Net;

namespace Sitrep.Tests.Web;

/// <summary>Bad parameters get a 400 problem naming the parameter; unknown ids and addresses a 404 problem.</summary>
[Collection(WebCollection.Name)]
public sealed class BadRequestTests(SeedServer server)
{
    [Theory]
    [InlineData("/api/incidents?from=2016-13-01", "from")]
    [InlineData("/api/incidents?from=05/23/2016", "from")]
    [InlineData("/api/incidents?to=yesterday", "to")]
    [InlineData("/api/incidents?from=2016-09-01&to=2016-01-01", "to")]
    [InlineData("/api/incidents?country=Syria", "country")]
    [InlineData("/api/incidents?country=S1", "country")]
    [InlineData("/api/incidents?event_type=explosion", "event_type")]
    [InlineData("/api/incidents?min_killed=-1", "min_killed")]
    [InlineData("/api/incidents?min_killed=ten", "min_killed")]
    [InlineData("/api/incidents?limit=0", "limit")]
    [InlineData("/api/incidents?limit=1001", "limit")]
    [InlineData("/api/incidents?offset=-5", "offset")]
    [InlineData("/api/incidents?offset=1.5", "offset")]
    [InlineData("/api/incidents?sort=killed", "sort")]
    [InlineData("/api/incidents?min-killed=3", "min-killed")]
    [InlineData("/api/incidents?country=SY&country=IQ", "country")]
    [InlineData("/api/stats?from=2016-02-30", "from")]
    [InlineData("/api/stats?limit=5", "limit")]
    [InlineData("/api/export", "format")]
    [InlineData("/api/export?format=xml", "format")]
    [InlineData("/api/export?format=csv&country=Syria", "country")]
    [InlineData("/api/incidents/inc-0069cb5d5d9f?verbose=1", "verbose")]
    [InlineData("/api/documents/000_9a4eda095cd7c262?highlight=1", "highlight")]
    public async Task A_bad_parameter_is_a_400_naming_it(string path, string parameter)
    {
        await server.Client.BadParameter(path, parameter);
    }

    [Fact]
    public async Task Every_bad_parameter_of_a_request_is_named()
    {
        var problem = await server.Client.BadParameter("/api/incidents?min_killed=x&limit=0", "min_killed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task A_search_longer_than_200_characters_is_refused()
    {
        await server.Client.BadParameter($"/api/incidents?q={new string('a', 201)}", "q");
    }

    [Theory]
    [InlineData("/api/incidents/inc-000000000000", "incident")]
    [InlineData("/api/documents/no-such-article", "document")]
    [InlineData("/api/documents/000_9a4eda095cd7c262%2Fextra", "document")]
    public async Task An_unknown_id_is_a_404_problem(string path, string what)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await server.Client.Json(path, HttpStatusCode.NotFound);
        Assert.Equal($"Unknown {what}", problem.GetProperty("title").GetString());
        Assert.Contains(Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_404_problem()
    {
        var problem = await server.Client.Json("/api/incident", HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
