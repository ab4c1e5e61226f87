namespace Sitrep.Tests.Web;

/// <summary>GET /api/stats: counts per day, per country and per perpetrator agree with the export, under the filters.</summary>
[Collection(WebCollection.Name)]
public sealed class StatsApiTests(SeedServer server)
{
    [Fact]
    public async Task Totals_and_counts_per_day_country_and_perpetrator_agree_with_the_export()
    {
        var stats = await server.Client.Json("/api/stats");
        var all = server.Incidents;
        var total = stats.GetProperty("total");
        Assert.Equal(all.Count, total.GetProperty("incidents").GetInt32());
        Assert.Equal(all.Sum(i => i.GetProperty("killed").Int("best") ?? 0), total.GetProperty("killed").GetInt32());
        Assert.Equal(all.Sum(i => i.GetProperty("injured").Int("best") ?? 0), total.GetProperty("injured").GetInt32());

        var perDay = stats.GetProperty("per_day").EnumerateArray().ToDictionary(d => d.Str("key")!, d => (d.GetProperty("incidents").GetInt32(), d.GetProperty("killed").GetInt32()));
        var expectedDays = all.GroupBy(i => i.Str("date")!).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(i => i.GetProperty("killed").Int("best") ?? 0)));
        Assert.Equal(expectedDays.OrderBy(d => d.Key), perDay.OrderBy(d => d.Key));
        var keys = stats.GetProperty("per_day").EnumerateArray().Select(d => d.Str("key")!).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);

        var perCountry = stats.GetProperty("per_country").EnumerateArray().ToDictionary(c => c.Str("key")!, c => c.GetProperty("incidents").GetInt32());
        Assert.Equal(all.GroupBy(i => i.Str("country")!).ToDictionary(g => g.Key, g => g.Count()).OrderBy(c => c.Key), perCountry.OrderBy(c => c.Key));
        var counts = perCountry.Values.ToList();
        Assert.Equal(counts, stats.GetProperty("per_country").EnumerateArray().Select(c => c.GetProperty("incidents").GetInt32()).OrderDescending());

        var perPerpetrator = stats.GetProperty("per_perpetrator").EnumerateArray().ToDictionary(p => p.Str("key")!, p => p.GetProperty("incidents").GetInt32());
        Assert.Equal(all.GroupBy(i => i.Str("perpetrator") ?? "unknown").ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key), perPerpetrator.OrderBy(p => p.Key));
        Assert.Equal(0, stats.GetProperty("undated").GetInt32());
    }

    [Fact]
    public async Task Filters_apply_to_the_counts()
    {
        var stats = await server.Client.Json("/api/stats?country=YE");
        var yemen = server.Incidents.Where(i => i.Str("country") == "YE").ToList();
        Assert.NotEmpty(yemen);
        Assert.Equal(yemen.Count, stats.GetProperty("total").GetProperty("incidents").GetInt32());
        Assert.Equal(["YE"], stats.GetProperty("per_country").EnumerateArray().Select(c => c.Str("key")!));
    }
}
