using System.Net;
using System.Text.Json;

namespace Sitrep.Tests.Web;

/// <summary>Reading the API's answers in tests.</summary>
public static class Http
{
    public static async Task<JsonElement> Json(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A 400 problem: the content type is application/problem+json and <paramref name="parameter"/> is named in errors and detail.</summary>
    public static async Task<JsonElement> BadParameter(this HttpClient client, string path, string parameter)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {path}: expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"GET {path}: errors do not name '{parameter}': {body}");
        Assert.Contains($"'{parameter}'", messages[0].GetString());
        Assert.Contains($"'{parameter}'", problem.GetProperty("detail").GetString());
        return problem;
    }

    public static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    public static string? Str(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    public static int? Int(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetInt32();
}
