using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A timeline page ("2026 in X"), written weeks or months after what it lists: an entry that tells an attack is the page's
/// own news on the entry's day (not the page's, not another entry's), with the sentences of its line; the entries that
/// tell no attack stay background. Made-up pages.
/// </summary>
public class TimelineEntryTests
{
    private const string Head = "2026 in Ghana\n\nFrom an open yearbook anyone can edit\n\nThis page lists events of the year 2026 in Ghana.\n\nEvents\n\n";

    /// <summary>
    /// One entry tells bombs at two towns with one combined toll: two attacks on the entry's day, the toll the wave's. The
    /// towns may be written in brackets after villages the gazetteer does not hold ("in Dzolokpuita (Hohoe)").
    /// </summary>
    [Theory]
    [InlineData("in Hohoe and in Kpando")]
    [InlineData("in Dzolokpuita (Hohoe) and at Wusuta Kpeve (Kpando)")]
    public void An_entry_of_two_towns_is_a_wave_on_the_entrys_day(string towns)
    {
        var text = Head
            + "February\n- 3 February - Parliament reopens in Accra after the recess.\n- 17 February - Floods close the main road north of Ho; nobody is hurt.\n\n"
            + "May\n- 9 May - Bombs go off at two police posts, " + towns + ", half an hour apart before dawn, killing four people and injuring nine. A new armed group says on its channel that it planted them.\n"
            + "- 28 May - A new bridge over the river opens near Kpando.\n\n"
            + "September\n- 12 September - The national census begins.\n\nSee also\n- 2026 in Togo\n\nReferences\n1. \"Parliament back\". 3 February 2026.";
        var reading = Read(text, new DateOnly(2026, 12, 1));

        Assert.Equal("Hohoe 2026-05-09; Kpandu 2026-05-09", string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name} {r.Date}")));
        var wave = Assert.Single(reading.Waves);
        Assert.Equal((4, 9), (Best(wave.Killed), Best(wave.Injured)));
        Assert.All(reading.Reports, r => Assert.Equal(0, Best(r.Killed)));
    }

    /// <summary>An entry of one town's attack is dated by its own day, not by an earlier entry that names the same town.</summary>
    [Fact]
    public void An_entry_of_one_attack_keeps_its_own_day()
    {
        const string text = Head
            + "January\n- 14 January - The regional assembly meets in Hohoe for its first session.\n- 22 January - A trade fair opens in Accra.\n\n"
            + "June\n- 6 June - A gunman opens fire at a bus station in Hohoe, killing two travellers and wounding three.\n- 19 June - Schools close for a week of heat.\n\n"
            + "See also\n- 2026 in Togo";
        var reading = Read(text, new DateOnly(2026, 12, 1));

        var report = Assert.Single(reading.Reports);
        Assert.Equal(("Hohoe", "2026-06-06", 2, 3), (report.Place?.Name, report.Date, Best(report.Killed), Best(report.Injured)));
    }

    /// <summary>A year page whose entries tell no attack gives no incident, though some count people hurt or dead.</summary>
    [Fact]
    public void A_page_without_an_attack_entry_tells_no_incident()
    {
        const string text = Head
            + "March\n- 2 March - A storm floods parts of Hohoe; two people drown.\n- 15 March - The cedi gains against the dollar.\n\n"
            + "April\n- 4 April - A market fire in Kpando destroys forty stalls; nobody is hurt.\n- 20 April - A new stadium opens in Ho.";
        var reading = Read(text, new DateOnly(2026, 12, 1));

        Assert.Empty(reading.Reports);
    }

    /// <summary>
    /// A list of search results opens each item on its age ("3 days ago — ..."): the day the item was posted, not its
    /// attack's. The day the item gives of its own (Monday night, before the age's Wednesday) dates the attack.
    /// </summary>
    [Fact]
    public void An_items_age_does_not_date_the_attack_it_tells()
    {
        const string text = "Search results for hohoe grenade\n\nAbout 2,100 results\n\n"
            + "Grenade at Hohoe bus station\nVolta Herald · voltaherald.example › news\n"
            + "3 days ago — A grenade thrown into the bus station of Hohoe on Monday night killed two travellers and wounded five, police said ...\n\n"
            + "Hohoe traders reopen their stalls\nAccra Daily · accradaily.example › business\n2 days ago — Traders went back to the central market on a calm morning ...\n\n"
            + "Rain expected across the Volta region\nWeather Desk · weatherdesk.example › volta\n1 day ago — Forecasters say heavy rain will reach the hills by the weekend ...\n";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("t", text, "Search", Published: new DateOnly(2026, 3, 14))).Reading;

        var attack = Assert.Single(reading.Reports, r => Best(r.Killed) > 0);
        Assert.Equal(("Hohoe", "2026-03-09", 2, 5), (attack.Place?.Name, attack.Date, Best(attack.Killed), Best(attack.Injured)));
        Assert.DoesNotContain(reading.Reports, r => r.Date == "2026-03-11");
    }

    private static ArticleReading Read(string text, DateOnly published) =>
        ArticleAnalyzer.Default.Analyze(new Article("t", global::Sitrep.Sources.Headline.Prepend("2026 in Ghana", text), "2026 in Ghana", Published: published)).Reading;

    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
