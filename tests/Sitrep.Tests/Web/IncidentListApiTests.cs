using System.Text.Json;
using Sitrep.Gazetteer;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Web;

/// <summary>GET /api/incidents over real HTTP: every filter keeps exactly what the export says it should, pages tile the list.</summary>
[Collection(WebCollection.Name)]
public sealed class IncidentListApiTests(SeedServer server)
{
    private List<string> Expected(Func<JsonElement, bool> keep) =>
        server.Incidents.Where(keep).Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> Listed(string query)
    {
        var page = await server.Client.Json($"/api/incidents?limit=1000&{query}");
        var ids = Http.Ids(page);
        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    private async Task AssertNarrows(string query, Func<JsonElement, bool> keep)
    {
        var expected = Expected(keep);
        Assert.True(expected.Count > 0 && expected.Count < server.Incidents.Count, $"{query}: the test data should keep some incidents but not all ({expected.Count})");
        Assert.Equal(expected, await Listed(query));
    }

    [Fact]
    public async Task Without_filters_every_incident_is_listed_newest_first()
    {
        var page = await server.Client.Json("/api/incidents?limit=1000");
        Assert.Equal(Expected(_ => true), Http.Ids(page).Order(StringComparer.Ordinal).ToList());
        var dates = page.GetProperty("items").EnumerateArray().Select(i => i.Str("date")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("-date", page.GetProperty("sort").GetString());
        Assert.Equal(0, page.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Items_carry_the_contract_fields_with_figures_reduced_to_best_low_high()
    {
        var q = server.Qamishli;
        var page = await server.Client.Json($"/api/incidents?q=qamishli");
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.Str("id") == q.Str("id"));
        foreach (var field in new[] { "date", "country", "admin1", "location", "event_type", "perpetrator", "responsibility", "summary" })
            Assert.Equal(q.Str(field), item.Str(field));
        Assert.Equal(q.GetProperty("latitude").GetDouble(), item.GetProperty("latitude").GetDouble(), 5);
        foreach (var figure in new[] { "best", "low", "high" })
            Assert.Equal(q.GetProperty("killed").Int(figure), item.GetProperty("killed").Int(figure));
        Assert.Equal(q.GetProperty("killed").GetProperty("reports").GetArrayLength(), item.GetProperty("killed").GetProperty("reports").GetInt32());
        Assert.True(item.GetProperty("killed").GetProperty("disputed").GetBoolean());
        Assert.Equal(2, item.GetProperty("documents").GetArrayLength());
        Assert.False(item.TryGetProperty("evidence", out _));
    }

    [Fact]
    public Task Country_keeps_that_country_in_any_case() =>
        AssertNarrows("country=ye", i => i.Str("country") == "YE");

    [Fact]
    public Task Admin1_matches_the_folded_name_with_or_without_its_article() =>
        AssertNarrows("admin1=hasakah", i => i.Str("admin1") == "Al-Hasakah");

    [Fact]
    public Task Perpetrator_matches_the_canonical_name_in_any_case() =>
        AssertNarrows("perpetrator=islamic%20state", i => i.Str("perpetrator") == "Islamic State");

    [Fact]
    public Task Perpetrator_unknown_keeps_incidents_without_one() =>
        AssertNarrows("perpetrator=unknown", i => i.Str("perpetrator") is null);

    [Fact]
    public Task Event_type_keeps_that_type() =>
        AssertNarrows("event_type=armed_assault", i => i.Str("event_type") == "armed_assault");

    [Fact]
    public Task Min_killed_keeps_best_estimates_at_least_that() =>
        AssertNarrows("min_killed=45", i => (i.GetProperty("killed").Int("best") ?? 0) >= 45);

    [Fact]
    public Task From_and_to_keep_the_days_between_inclusive() =>
        AssertNarrows("from=2016-05-24&to=2016-09-05", i => string.CompareOrdinal(i.Str("date"), "2016-05-24") >= 0 && string.CompareOrdinal(i.Str("date"), "2016-09-05") <= 0);

    [Fact]
    public Task From_alone_is_open_ended() =>
        AssertNarrows("from=2016-09-05", i => string.CompareOrdinal(i.Str("date"), "2016-09-05") >= 0);

    [Fact]
    public Task Search_folds_accents_so_qamishli_finds_al_qamishli() =>
        AssertNarrows("q=QAMISHLI", i => NameFolding.Fold(i.Str("summary")!).Contains("qamishli", StringComparison.Ordinal));

    [Fact]
    public async Task Search_reads_the_titles_of_the_articles_too()
    {
        // A word of one seed article's title that no summary or place holds, chosen from the shared data at run time.
        var titles = Seeds.Lines().Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("title").GetString()!);
        var haystacks = server.Incidents.Select(i => NameFolding.Fold($"{i.Str("summary")} {i.Str("location")} {i.Str("admin1")} {i.Str("sublocation")}")).ToList();
        var word = titles.Values.SelectMany(t => NameFolding.Fold(t).Split(' ').Where(w => w.Length >= 6))
            .First(w => haystacks.All(h => !h.Contains(w, StringComparison.Ordinal)));
        await AssertNarrows($"q={Uri.EscapeDataString(word)}", i => i.GetProperty("documents").EnumerateArray()
            .Any(d => titles.TryGetValue(d.GetString()!, out var t) && NameFolding.Fold(t).Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public Task Several_words_must_all_occur() =>
        AssertNarrows("q=car%20bomb%20hasakah", i => NameFolding.Fold($"{i.Str("summary")} {i.Str("admin1")} {i.Str("location")}") is var s && s.Contains("car bomb") && s.Contains("hasakah"));

    [Fact]
    public Task Filters_combine() =>
        AssertNarrows("country=SY&min_killed=10&to=2016-07-31", i =>
            i.Str("country") == "SY" && (i.GetProperty("killed").Int("best") ?? 0) >= 10 && string.CompareOrdinal(i.Str("date"), "2016-07-31") <= 0);

    [Fact]
    public async Task Empty_values_are_no_filter_as_a_form_sends_them()
    {
        Assert.Equal(Expected(_ => true), await Listed("q=&country=&min_killed=&from="));
    }

    [Fact]
    public async Task Pages_tile_the_list_without_gaps_or_repeats()
    {
        var all = Http.Ids(await server.Client.Json("/api/incidents?limit=1000&sort=-killed"));
        var paged = new List<string>();
        for (var offset = 0; offset < all.Count; offset += 3)
        {
            var page = await server.Client.Json($"/api/incidents?sort=-killed&limit=3&offset={offset}");
            Assert.Equal(all.Count, page.GetProperty("total").GetInt32());
            Assert.Equal(3, page.GetProperty("limit").GetInt32());
            paged.AddRange(Http.Ids(page));
        }
        Assert.Equal(all, paged);
        var beyond = await server.Client.Json($"/api/incidents?offset={all.Count + 5}");
        Assert.Empty(Http.Ids(beyond));
        Assert.Equal(all.Count, beyond.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_default_page_holds_at_most_100()
    {
        var page = await server.Client.Json("/api/incidents");
        Assert.Equal(100, page.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Sort_orders_by_killed_or_oldest_first()
    {
        var killed = (await server.Client.Json("/api/incidents?sort=-killed&limit=1000")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("killed").Int("best") ?? -1).ToList();
        Assert.Equal(killed.OrderDescending(), killed);
        var dates = (await server.Client.Json("/api/incidents?sort=date&limit=1000")).GetProperty("items").EnumerateArray().Select(i => i.Str("date")!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.NotEqual(dates.First(), dates.Last());
    }
}
