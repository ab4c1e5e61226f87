using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Linking;

/// <summary>
/// A report that matches two incidents which cannot be one attack (towns far apart on one day, or two reports one
/// article told apart) joins one of them: the linker never chains them into one incident through it, in whatever order
/// the articles arrive.
/// </summary>
public sealed class ChainingTests
{
    // made-up towns of one province: Eastbrook and Westhaven about 40 km apart, Midvale about 20 km from each
    private static readonly Place Eastbrook = new(-9001, "Eastbrook", 35.000, 36.000, "SY", "14", "Tartus", PlaceKind.City, 30000);
    private static readonly Place Westhaven = new(-9002, "Westhaven", 35.000, 36.440, "SY", "14", "Tartus", PlaceKind.City, 25000);
    private static readonly Place Midvale = new(-9003, "Midvale", 35.000, 36.220, "SY", "14", "Tartus", PlaceKind.City, 20000);

    public static TheoryData<string> Orders => new() { "ebm", "emb", "bem", "bme", "meb", "mbe" };

    private static IncidentReport Of(char code, string article, int n = 1) => LinkingFixtures.Report(article, n, code switch
    {
        'e' => Eastbrook,
        'b' => Westhaven,
        'm' => Midvale,
        _ => LinkingFixtures.TartusProvince,
    }, published: new DateOnly(2016, 5, 23));

    [Fact]
    public void The_fixture_towns_are_as_described()
    {
        Assert.InRange(Eastbrook.KilometresTo(Westhaven), 38, 42);
        Assert.True(ReportMatcher.SameIncident(Of('e', "x"), Of('m', "z")));
        Assert.True(ReportMatcher.SameIncident(Of('b', "y"), Of('m', "z")));
        Assert.False(ReportMatcher.SameIncident(Of('e', "x"), Of('b', "y")));
    }

    /// <param name="order">The order the three articles arrive in: e(astbrook), (west)b(haven), m(idvale) or p(rovince).</param>
    [Theory]
    [MemberData(nameof(Orders))]
    public void Two_towns_40_km_apart_are_not_chained_through_a_report_between_them(string order)
    {
        foreach (var between in new[] { 'm', 'p' })
        {
            var incidents = Link(order.Replace('m', between).Select(c => (c, $"article-{c}")).ToList());
            Assert.Equal(2, incidents.Count);
            Assert.DoesNotContain(incidents, i => i.Documents.Contains("article-e") && i.Documents.Contains("article-b"));
        }
    }

    [Fact]
    public void Two_reports_of_one_article_are_not_chained_through_another_article()
    {
        // one article tells a bomb in Eastbrook and a grenade in Midvale; a second places its attack at Midvale and
        // Eastbrook both within reach: it joins one of them, and the first article's two attacks stay two incidents
        var incidents = Link([('e', "first"), ('m', "first"), ('p', "second")]);
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Contains("first", i.Documents));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_report_joins_the_attack_of_another_article_told_most_alike(bool arsonFirst)
    {
        // one article tells a shooting at a police post and a lorry set on fire in Eastbrook on one night; a second tells
        // the shooting: it joins the shooting, whichever of the two the first article told first
        var shooting = Of('e', "first", arsonFirst ? 2 : 1) with { EventType = "armed_assault", Weapons = ["firearm"], Targets = ["police"] };
        var arson = Of('e', "first", arsonFirst ? 1 : 2) with { EventType = "other", Weapons = ["fire"], Targets = ["transportation"] };
        var second = Of('e', "second") with { EventType = "armed_assault", Weapons = ["firearm"], Targets = ["police"] };
        var incidents = LinkReports([.. arsonFirst ? new[] { arson, shooting } : [shooting, arson], second]);
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Documents.Contains("second") && i.Weapons.SequenceEqual(["firearm"]));
    }

    [Fact]
    public void A_report_joins_the_attack_at_its_own_town_before_one_with_more_reports_nearby()
    {
        // a big city 38 km from Eastbrook (near it, as a city's name stands for its suburbs): one article tells an attack in
        // each, a second tells the city's; a third places its attack at Eastbrook and matches both: it joins Eastbrook's
        var northport = new Place(-9004, "Northport", 35.000, 36.420, "SY", "14", "Tartus", PlaceKind.City, 600000);
        IncidentReport At(Place place, string article, int n = 1) => LinkingFixtures.Report(article, n, place, published: new DateOnly(2016, 5, 23));
        Assert.True(ReportMatcher.SameIncident(At(Eastbrook, "x"), At(northport, "y")));
        var incidents = LinkReports([At(Eastbrook, "first"), At(northport, "first", 2), At(northport, "second"), At(Eastbrook, "third")]);
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Documents.SequenceEqual(["first", "third"]));
    }

    [Fact]
    public void Of_an_articles_two_reports_the_one_at_the_incidents_own_town_joins_it()
    {
        // a first article tells an attack in Eastbrook; a second tells it too, but reads first a report at Midvale, 20 km
        // off (where the wounded were taken), then one at Eastbrook: the Eastbrook report joins the first article's
        // incident, though the Midvale one, read first, matches it as well
        var incidents = Link([('e', "first"), ('m', "second"), ('e', "second")]);
        Assert.Contains(incidents, i => i.Documents.Order().SequenceEqual(["first", "second"]) && i.Location == "Eastbrook");
    }

    /// <summary>Saves and links each report (one article a line, reports of one article numbered in order) and returns the incidents.</summary>
    private static IReadOnlyList<Incident> Link(List<(char Place, string Article)> reports) =>
        LinkReports(reports.GroupBy(r => r.Article).SelectMany(g => g.Select((r, i) => Of(r.Place, g.Key, i + 1))).ToList());

    /// <summary>Saves and links the reports, article by article in the order each first appears, and returns the incidents.</summary>
    private static IReadOnlyList<Incident> LinkReports(List<IncidentReport> reports)
    {
        using var ws = new Workspace();
        using var store = StoreFactory.Open(ws.Db);
        var gazetteer = global::Sitrep.Gazetteer.Gazetteer.LoadDefault();
        var linker = new IncidentLinker(store, new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName), CasualtyReconciler.Default);
        foreach (var article in reports.Select(r => r.ArticleId).Distinct())
        {
            var own = reports.Where(r => r.ArticleId == article).ToList();
            var text = $"Report {article}.";
            var document = new Document(new Article(article, text, Published: new DateOnly(2016, 5, 23)), text, OffsetMap.Identity(text.Length));
            var reading = new ArticleReading(article, own, []);
            store.RunInTransaction(() =>
            {
                store.SaveArticle(document, reading, []);
                linker.Link(document, reading);
            });
        }
        return store.Incidents();
    }
}
