using Sitrep.Model;
using Sitrep.Queries;

namespace Sitrep.Tests.Web.Queries;

/// <summary>Filtering, ordering and paging incidents in memory.</summary>
public sealed class IncidentQueryTests
{
    private static Incident Make(string id, string? date, string country = "SY", int? killed = null, string? perpetrator = null,
        string summary = "", string? admin1 = null, string type = "bombing", params string[] documents) => new()
    {
        Id = id, Date = date, Country = country, Killed = new CasualtyEstimate(killed, killed, killed, []), Perpetrator = perpetrator,
        Summary = summary, Admin1 = admin1, EventType = type, Documents = documents,
    };

    private static readonly Incident[] Sample =
    [
        Make("a", "2016-05-23", killed: 48, perpetrator: "Islamic State", summary: "Car bomb in Ţarţūs", admin1: "Tartus", documents: "d1"),
        Make("b", "2016-07", killed: 10, summary: "Shelling near Aleppo", admin1: "Aleppo", type: "shelling", documents: "d2"),
        Make("c", "2016", country: "IQ", killed: null, perpetrator: "Islamic State", summary: "Gunmen in Kirkuk", admin1: "Kirkuk", type: "armed_assault", documents: "d3"),
        Make("d", null, killed: 3, summary: "Bombing somewhere", admin1: "Al-Hasakah", documents: "d1"),
    ];

    private static readonly Dictionary<string, string> Titles = new() { ["d1"] = "Blasts in the regime heartland", ["d2"] = "Night of shelling", ["d3"] = "Checkpoint attack" };

    private static IncidentQuery Query() => new(Sample, d => Titles.GetValueOrDefault(d));

    private static string[] Ids(IncidentFilter filter) => Query().Matching(filter).Select(i => i.Id).ToArray();

    public static TheoryData<IncidentFilter, string[]> Cases => new()
    {
        { IncidentFilter.All, ["a", "b", "c", "d"] },
        { new() { Country = "iq" }, ["c"] },
        { new() { MinKilled = 10 }, ["a", "b"] },
        { new() { MinKilled = 0 }, ["a", "b", "c", "d"] },
        { new() { Perpetrator = "ISLAMIC STATE" }, ["a", "c"] },
        { new() { Perpetrator = "unknown" }, ["b", "d"] },
        { new() { EventType = "shelling" }, ["b"] },
        { new() { Admin1 = "hasakah" }, ["d"] },
        { new() { Admin1 = "al hasakah" }, ["d"] },
        // A month or a year is kept when it reaches into the range; an undated incident never is.
        { new() { From = new DateOnly(2016, 7, 31) }, ["b", "c"] },
        { new() { To = new DateOnly(2016, 7, 1) }, ["a", "b", "c"] },
        { new() { From = new DateOnly(2016, 8, 1), To = new DateOnly(2016, 8, 31) }, ["c"] },
        { new() { From = new DateOnly(2017, 1, 1) }, [] },
        { new() { Text = "tartus" }, ["a"] },
        { new() { Text = "Heartland" }, ["a", "d"] },
        { new() { Text = "bomb heartland" }, ["a", "d"] },
        { new() { Text = "gunmen heartland" }, [] },
        { new() { Text = "checkpoint", Country = "IQ" }, ["c"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_filter_keeps_what_matches_every_criterion(IncidentFilter filter, string[] expected) =>
        Assert.Equal(expected, Ids(filter));

    [Fact]
    public void Titles_are_asked_for_only_when_searching_and_once_per_document()
    {
        var asked = new List<string>();
        var query = new IncidentQuery(Sample, d => { asked.Add(d); return Titles.GetValueOrDefault(d); });
        query.Matching(new IncidentFilter { Country = "SY" });
        Assert.Empty(asked);
        query.Matching(new IncidentFilter { Text = "nothing" });
        query.Matching(new IncidentFilter { Text = "again" });
        Assert.Equal(["d1", "d2", "d3"], asked.Order());
    }

    [Fact]
    public void Pages_count_everything_kept_and_hold_the_slice()
    {
        var page = Query().Page(IncidentFilter.All, IncidentOrder.DateAscending, 1, 2);
        Assert.Equal(4, page.Total);
        Assert.Equal(["a", "b"], page.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(IncidentOrder.DateDescending, new[] { "b", "a", "c", "d" })]
    [InlineData(IncidentOrder.DateAscending, new[] { "c", "a", "b", "d" })]
    [InlineData(IncidentOrder.KilledDescending, new[] { "a", "b", "d", "c" })]
    public void Orders_put_unknowns_last(IncidentOrder order, string[] expected) =>
        Assert.Equal(expected, IncidentQuery.Ordered(Sample, order).Select(i => i.Id));

    [Fact]
    public void Statistics_count_days_countries_and_perpetrators()
    {
        var stats = Query().Statistics(IncidentFilter.All);
        Assert.Equal(new IncidentCount("total", 4, 61, 0), stats.Total);
        Assert.Equal(3, stats.Undated);
        Assert.Equal([new IncidentCount("2016-05-23", 1, 48, 0)], stats.PerDay);
        Assert.Equal(["SY", "IQ"], stats.PerCountry.Select(c => c.Key));
        Assert.Equal(new IncidentCount("Islamic State", 2, 48, 0), stats.PerPerpetrator[0]);
        Assert.Equal(new IncidentCount("unknown", 2, 13, 0), stats.PerPerpetrator[1]);
    }
}
