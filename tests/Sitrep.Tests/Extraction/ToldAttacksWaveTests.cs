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

    private static ArticleReading Read(string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend("Attacks in the north", text), "Attacks in the north", Published: new DateOnly(2021, 3, 2))).Reading;

    private static string Describe(ArticleReading reading) =>
        $"{string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}|{Best(r.Injured)}"))} / waves {reading.Waves.Count} / wave killed "
        + string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value).Distinct())
        + " injured " + string.Join(",", reading.Waves.SelectMany(w => w.Injured).Select(f => f.Value).Distinct());

    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
