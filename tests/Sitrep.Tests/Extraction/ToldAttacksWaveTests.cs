using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Two attacks of one evening at two towns, each told in its own paragraph with its own dead, then named together as
/// attacks already told ("the two operations", "both attacks", "both"): a claim of them together makes them one wave,
/// and a figure said of them together ("the casualties of both attacks", "the two attacks have now cost five lives",
/// "the dead of X and Y together") is the wave's, not the member's in focus. Made-up articles.
/// </summary>
public class ToldAttacksWaveTests
{
    private const string Members =
        "KADUNA, 2 March 2021 - Gunmen stormed the police post in Kano on Monday evening and shot dead three officers, police said.\n\n"
        + "Later that evening, a roadside bomb killed two soldiers at the gate of the barracks in Zaria, the army said.\n\n";

    /// <summary>A claim whose sentence goes on to the attacks already told, counted together, or ends on "both".</summary>
    [Theory]
    [InlineData("Boko Haram said in a statement its fighters carried out \"the two operations\" in Kano and Zaria.")]
    [InlineData("Boko Haram said in a message on Tuesday that its fighters had carried out both attacks.")]
    [InlineData("Boko Haram has said it carried out both.")]
    public void A_claim_of_the_attacks_told_together_makes_one_wave(string claim) =>
        Assert.Equal("Kano|3|0; Zaria|2|0 / waves 1 / wave killed  injured ", Describe(Read(Members + claim)));

    /// <summary>A claim of one of the attacks, or of an attack with "both" inside a longer phrase, links nothing.</summary>
    [Theory]
    [InlineData("Boko Haram said it carried out the attack in Kano.")]
    [InlineData("Boko Haram said its fighters carried out the raid, and that both officers' rifles were taken.")]
    public void A_claim_of_one_attack_makes_no_wave(string claim) =>
        Assert.Equal("Kano|3|0; Zaria|2|0 / waves 0 / wave killed  injured ", Describe(Read(Members + claim)));

    /// <summary>
    /// Figures said of the attacks already told counted together, or of the towns of two members named together, in a
    /// claimed wave: the wave's, the members keep their own.
    /// </summary>
    [Theory]
    [InlineData("Doctors at the main hospital, where the casualties of both attacks were taken, said they were treating 12 wounded people.", "killed  injured 12")]
    [InlineData("Counting the two soldiers who died in Zaria, the two attacks have now cost five lives, with 12 people wounded.", "killed 5 injured 12")]
    [InlineData("\"Five martyrs in one evening is a heavy price,\" the governor wrote, of the dead of Kano and Zaria together.", "killed 5 injured ")]
    public void A_figure_of_the_attacks_told_together_is_the_waves(string total, string wave) =>
        Assert.Equal($"Kano|3|0; Zaria|2|0 / waves 1 / wave {wave}",
            Describe(Read(Members + total + "\n\nBoko Haram said in a message on Tuesday that its fighters had carried out both attacks.")));

    /// <summary>"one of the two attacks", "the deadlier of the two attacks": a part of the attacks told, no total of them.</summary>
    [Fact]
    public void A_figure_of_one_of_the_attacks_told_is_no_total() =>
        Assert.DoesNotContain(4, Read(Members + "Officials said the deadlier of the two attacks had left four people wounded.")
            .Waves.SelectMany(w => w.Injured).Select(f => f.Value));

    /// <summary>
    /// "4 had died there, three of them officers and one a passer-by": counts of a part of the victims ("of them") split
    /// the member's toll by who the victims were, not among the attacks: the member keeps it.
    /// </summary>
    [Fact]
    public void A_toll_split_by_who_the_victims_were_stays_the_members()
    {
        var text = "KADUNA, 2 March 2021 - Gunmen stormed the police post in Kano on Monday evening and opened fire on the officers, police said.\n\n"
                   + "By Tuesday police said 4 had died there, three of them officers and one of them a passer-by.\n\n"
                   + "Later that evening, a roadside bomb killed two soldiers at the gate of the barracks in Zaria, the army said.\n\n"
                   + "Boko Haram said in a message on Tuesday that its fighters had carried out both attacks.";
        Assert.Equal("Kano|4|0; Zaria|2|0 / waves 1 / wave killed  injured ", Describe(Read(text)));
    }

    /// <summary>
    /// A channel's export: posts stamped by a clock time and a view count, some forwarded from other channels
    /// (boilerplate.tsv drops the "Forwarded from" line; lines with no word do not push the series' sentence out of the
    /// opening), a village placed by the town it lies near ("X, village of the Y district, about 12 km from Y"), and a
    /// toll's list ending on "Total:" with the wounded "in the two localities": one wave, its totals its own.
    /// </summary>
    [Fact]
    public void A_channels_posts_tell_a_wave_of_two_towns()
    {
        const string text =
            "Northern Watch - public channel\n\U0001F4CC Pinned message:\nMORNING RAIDS IN KANO AND GORA KASA: NEWS HERE\nRules: be polite. We check before we post.\n\n--- Monday ---\n\n"
            + "05:40\nGunfire right now near the police post in Kano. Stay indoors!!\n\U0001F441 1.2K\n\n"
            + "06:10\nGunmen on motorbikes attacked the police post in Kano at dawn with rifles.\n\U0001F441 2.0K\n\n"
            + "07:00\nFirst figure: 2 officers killed in Kano. Not final.\n\U0001F441 3.1K\n\n"
            + "Forwarded from North Radio Desk\n08:30\nGora Kasa, village of the Zaria district, about 12 km from Zaria town: gunmen opened fire on the market at dawn, three traders dead.\n\U0001F441 4.4K\n\n"
            + "09:15\nTwo attacks the same morning, far apart. Our sources think it is one band.\n\U0001F441 5.0K\n\n"
            + "18:00\nEvening update:\n\u2022 Kano: 2 dead\n\u2022 Gora Kasa: 3 dead\n\u2022 Total: 5 dead\n\u2022 9 wounded in the two localities, no breakdown\n\U0001F441 9.9K\n";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("w", text, "MORNING RAIDS IN KANO AND GORA KASA: NEWS HERE", Published: new DateOnly(2021, 3, 2))).Reading;
        Assert.Equal("Kano|2|0; Zaria|3|0 / waves 1 / wave killed 5 injured 9", Describe(reading));
    }

    private const string Report =
        "SECURITY REPORT 3/2021\n\n1. SUMMARY\nOn the morning of Monday 1 March two bombs exploded within an hour at two bus stations in the north, "
        + "in Kano and in Zaria. Five people were killed, three in Kano and two in Zaria. On Tuesday a group calling itself the Northern Hawks "
        + "claimed both bombings in a statement.\n\n2. DETAILS\nKano. The device was left in a bag near the ticket office. Three people were "
        + "killed at the scene.\nZaria. A second bomb had been hidden under a bench by the gate. Two people were killed.\n";

    /// <summary>
    /// A report's summary claims "both bombings" above sections headed by their towns ("Kano.", "Zaria.") that give no day
    /// of their own: the sections, as many as the claim counts, are one wave, and the summary's "five ... three in Kano and
    /// two in Zaria" is the wave's five, not Kano's.
    /// </summary>
    [Fact]
    public void A_summary_that_claims_both_attacks_links_the_undated_sections_below_it() =>
        Assert.Equal("Kano|3|0; Zaria|2|0 / waves 1 / wave killed 5 injured ", Describe(Read(Report)));

    /// <summary>"So far in 2021 ... twelve deaths in all": a toll of the year to date, no total of the wave.</summary>
    [Fact]
    public void A_toll_of_the_year_so_far_is_no_total_of_the_wave() =>
        Assert.Equal("Kano|3|0; Zaria|2|0 / waves 1 / wave killed 5 injured ",
            Describe(Read(Report + "\n3. CONTEXT\nSo far in 2021 the office has counted nine incidents in the state and twelve deaths in all, the bombings of 1 March among them.\n")));

    private static ArticleReading Read(string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend("Attacks in the north", text), "Attacks in the north", Published: new DateOnly(2021, 3, 2))).Reading;

    private static string Describe(ArticleReading reading) =>
        $"{string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}|{Best(r.Injured)}"))} / waves {reading.Waves.Count} / wave killed "
        + string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value).Distinct())
        + " injured " + string.Join(",", reading.Waves.SelectMany(w => w.Injured).Select(f => f.Value).Distinct());

    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
