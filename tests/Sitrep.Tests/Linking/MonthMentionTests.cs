using Sitrep.Tests.Integration;
using Sitrep.Linking;
using Sitrep.Model;
using Sitrep.Storage;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// A later article's passing mention of an attack, dated by its month only ("the bombing at the bakery in May that
/// killed two"), and another article's report dated to a day of that month: linked when both are placed at the same
/// small town and count the same dead (<see cref="ReportMatcher.SameMonthTownAndToll"/>), and every pair so linked
/// shares a <see cref="TownMonthKeys"/> key.
/// </summary>
public sealed class MonthMentionTests
{
    private static readonly DateOnly August = new(2016, 8, 10);

    private static IncidentReport Mention(string article, Place place, int killed, string date = "2016-05", DateOnly? published = null,
        string type = "bombing", bool background = false) =>
        Report(article, n: 2, place: place, date: date, published: published ?? August, type: type, background: background) with
        {
            Killed = [Figure(killed, article)],
        };

    private static IncidentReport Told(string article, Place place, params int[] killed) =>
        Report(article, place: place, date: "2016-05-23", published: new DateOnly(2016, 5, 23)) with
        {
            Killed = killed.Select(k => Figure(k, article)).ToList(),
        };

    private static IncidentReport Corrected(string article, Place place, int wrong, int right) =>
        Told(article, place) with { Killed = [Figure(wrong, article) with { Withdrawn = true }, Figure(right, article)] };

    public static IEnumerable<object[]> Cases =>
    [
        // mention, told, linked
        [Mention("a", Jableh, 2), Told("b", Jableh, 2), true],
        [Mention("a", Jableh, 2), Told("b", Jableh, 1, 2), true],                          // the toll the report rose to
        [Mention("a", Jableh, 4), Corrected("b", Jableh, 6, 4), true],                     // the corrected toll
        [Mention("a", Jableh, 6), Corrected("b", Jableh, 6, 4), false],                    // the withdrawn one
        [Mention("a", Jableh, 3), Told("b", Jableh, 2), false],                            // another toll
        [Mention("a", Jableh, 2, date: "2016-04"), Told("b", Jableh, 2), false],           // another month
        [Mention("a", Homs, 2), Told("b", Homs, 2), false],                                // a city has many such attacks
        [Mention("a", Jableh, 2), Told("b", Baniyas, 2), false],                           // another town
        [Mention("a", Jableh, 2, type: "air_strike"), Told("b", Jableh, 2), false],        // another kind of attack
        [Mention("a", Jableh, 2, background: true), Told("b", Jableh, 2), false],          // a background report stays apart
        [Mention("a", Jableh, 2, published: new DateOnly(2016, 5, 30)), Told("b", Jableh, 2), false], // not an earlier month
        [Mention("a", Jableh, 2), Mention("b", Jableh, 2), false],                         // two months: nothing dates either
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_a_month_mention_to_the_day_report_of_one_small_town_and_toll(IncidentReport mention, IncidentReport told, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.SameMonthTownAndToll(mention, told));
        Assert.Equal(linked, ReportMatcher.SameMonthTownAndToll(told, mention));
        if (linked) Assert.NotEmpty(TownMonthKeys.Of(mention).Intersect(TownMonthKeys.Of(told)));
    }

    private static IncidentReport Untolled(string article, Place place, string date = "2016-05", string type = "bombing") =>
        Report(article, n: 2, place: place, date: date, published: August, type: type) with { Killed = [] };

    public static IEnumerable<object[]> KindCases =>
    [
        // mention that counts no dead, told, linked
        [Untolled("a", Jableh), Told("b", Jableh, 2), true],
        [Untolled("a", Jableh), Told("b", Jableh), true],                                  // neither counts the dead
        [Untolled("a", Jableh, type: "armed_assault"), Told("b", Jableh, 2), false],      // another kind of attack
        [Untolled("a", Jableh, type: "other"), Told("b", Jableh, 2), false],               // no kind named
        [Untolled("a", Jableh, date: "2016-04"), Told("b", Jableh, 2), false],            // another month
        [Untolled("a", Homs), Told("b", Homs, 2), false],                                  // a city has many such attacks
        [Untolled("a", Jableh), Told("b", Baniyas, 2), false],                             // another town
        [Mention("a", Jableh, 3), Told("b", Jableh, 2), false],                            // a toll of its own to compare
        [Untolled("a", Jableh), Untolled("b", Jableh), false],                             // two months: nothing dates either
    ];

    [Theory]
    [MemberData(nameof(KindCases))]
    public void Links_a_month_mention_without_a_toll_to_the_day_report_of_one_small_town_and_kind(IncidentReport mention, IncidentReport told, bool linked)
    {
        Assert.Equal(linked, ReportMatcher.SameMonthTownAndKind(mention, told));
        Assert.Equal(linked, ReportMatcher.SameMonthTownAndKind(told, mention));
        if (linked) Assert.NotEmpty(TownMonthKeys.Of(mention).Intersect(TownMonthKeys.Of(told)));
    }

    [Fact]
    public void A_mention_without_a_publication_date_is_left_to_the_undated_rule() =>
        Assert.False(ReportMatcher.SameMonthTownAndToll(Mention("a", Jableh, 2) with { Published = null }, Told("b", Jableh, 2)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_mention_joins_the_incident_as_one_more_document_in_either_order(bool mentionFirst)
    {
        List<IncidentReport> reports = [Told("told", Jableh, 2), Mention("later", Jableh, 2), Mention("other", Baniyas, 2)];
        if (mentionFirst) reports.Reverse();
        using var ws = new Workspace();
        using var store = StoreFactory.Open(ws.Db);
        var gazetteer = global::Sitrep.Gazetteer.Gazetteer.LoadDefault();
        var linker = new IncidentLinker(store, new IncidentBuilder(CasualtyReconciler.Default, gazetteer.CountryName), CasualtyReconciler.Default);
        foreach (var report in reports)
        {
            var text = $"Report {report.ArticleId}.";
            var document = new Document(new Article(report.ArticleId, text, Published: report.Published), text, OffsetMap.Identity(text.Length));
            var reading = new ArticleReading(report.ArticleId, [report], []);
            store.RunInTransaction(() =>
            {
                store.SaveArticle(document, reading, []);
                linker.Link(document, reading);
            });
        }
        var incidents = store.Incidents();
        Assert.Equal(2, incidents.Count);
        var told = Assert.Single(incidents, i => i.Documents.Contains("told"));
        Assert.Equal(["later", "told"], told.Documents.Order(StringComparer.Ordinal));
        Assert.Equal("2016-05-23", told.Date);
    }
}
