using System.Text.Json;
using Sitrep.Gazetteer;
using Sitrep.Model;
using Xunit.Abstractions;

namespace Sitrep.Tests.Gazetteer;

/// <summary>
/// For each GVDB dev incident: is some place recognised in its article (headline and text) within 25 km of the gold coordinates?
/// The floor sits a little below the rate achieved, so that a regression fails.
/// </summary>
public class GvdbPlaceAccuracyTests(ITestOutputHelper output)
{
    private const double Floor = 0.93;

    [Fact]
    public void Some_recognised_place_is_within_25_km_of_the_gold_location()
    {
        var articlesPath = TestData.Data("gvdb", "dev.articles.jsonl");
        var goldPath = TestData.Data("gvdb", "dev.gold.json");
        Assert.True(File.Exists(articlesPath) && File.Exists(goldPath), $"GVDB dev data not found at {articlesPath} (set SITREP_SHARED)");

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(articlesPath))
        {
            using var doc = JsonDocument.Parse(line);
            // The headline and the body, as the pipeline reads an article.
            var root = doc.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            texts[root.GetProperty("id").GetString()!] = (title is { Length: > 0 } ? title + "\n\n" : "") + root.GetProperty("text").GetString();
        }
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var total = 0;
        var hits = 0;
        foreach (var incident in gold.RootElement.GetProperty("incidents").EnumerateArray())
        {
            if (incident.GetProperty("latitude").ValueKind != JsonValueKind.Number) continue;
            var lat = incident.GetProperty("latitude").GetDouble();
            var lon = incident.GetProperty("longitude").GetDouble();
            var id = incident.GetProperty("documents")[0].GetString()!;
            if (!texts.TryGetValue(id, out var text)) continue;
            total++;
            var mentions = PlaceRecognizer.Default.Recognize(text);
            if (mentions.Any(m => !m.IsDemonym && Geo.Kilometres(lat, lon, m.Place.Latitude, m.Place.Longitude) <= 25)) hits++;
        }
        var rate = (double)hits / total;
        output.WriteLine($"GVDB dev: {hits}/{total} incidents have a recognised place within 25 km ({rate:P1})");
        Assert.True(total > 100, $"only {total} gold incidents with coordinates");
        Assert.True(rate >= Floor, $"GVDB dev place accuracy {rate:P1} is below the floor {Floor:P0}");
    }
}
