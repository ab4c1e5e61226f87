using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A second attack that an article marks as separate (waves.tsv kinds separate and elsewhere) takes no blame the article
/// lays on the first, and a series counted over a period is no wave of the day's attacks. Made-up sentences.
/// </summary>
public class SeparateAttackTests
{
    private const string KanoBombing = "A bomb went off at a market in Kano on Monday, killing 12 people. Police blamed Boko Haram for the bombing.\n\n";

    /// <summary>text → the perpetrator of each report, in order ("-" for none).</summary>
    public static TheoryData<string, string> Perpetrators => new()
    {
        { KanoBombing + "In a separate incident on the same day, gunmen shot dead three traders in Zaria.", "Boko Haram; -" },
        { KanoBombing + "Meanwhile, in Zaria, gunmen shot dead three traders.", "Boko Haram; -" },
        { KanoBombing + "Elsewhere, gunmen shot dead three traders in Zaria.", "Boko Haram; -" },
        // an attack whose own sentences say no one claimed it takes no claim made for the other attack of the article
        { "A grenade hurt nine people at a motor park in Jos on Monday. No group has claimed the blast.\n\nGunmen shot dead a trader in Kano on Monday evening. Boko Haram claimed the killing.", "-; Boko Haram" },
        // not marked: the article's blame stands for both, as before
        { KanoBombing + "Gunmen shot dead three traders in Zaria on Monday.", "Boko Haram; Boko Haram" },
    };

    [Theory]
    [MemberData(nameof(Perpetrators))]
    public void A_separate_attack_takes_no_blame_laid_on_another(string text, string expected)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;
        Assert.Equal(expected, string.Join("; ", reading.Reports.Select(r => r.Perpetrator ?? "-")));
    }

    /// <summary>text → how many waves the article tells.</summary>
    public static TheoryData<string, int> Waves => new()
    {
        // a series over a period (background.tsv kind aggregate) is background, not the day's wave
        { "A bomb went off at a market in Kano on Monday, killing 12 people, police said.\n\nThe state has seen a string of bombings this year.\n\nGunmen shot dead three traders in Zaria on Monday.", 0 },
        { "A bomb went off at a market in Kano on Monday, killing 12 people, police said.\n\nThe state has seen a string of bombings in recent months.\n\nGunmen shot dead three traders in Zaria on Monday.", 0 },
        { "A bomb went off at a market in Kano on Monday, killing 12 people, police said.\n\nThe state has seen a string of bombings on Monday.\n\nGunmen shot dead three traders in Zaria on Monday.", 1 },
    };

    private const string ThreeTowns = "A bomb went off at a market in Kano on Monday, killing 12 people, police said.\n\nGunmen shot dead three traders in Zaria on Monday.\n\nA grenade hurt four guards at a bank in Bauchi on Monday.";

    /// <summary>text → how many waves the article tells: a round-up of three towns' attacks is a wave only with words of coordination (waves.tsv).</summary>
    public static TheoryData<string, int> RoundUps => new()
    {
        { ThreeTowns + "\n\nThe three attacks were carried out simultaneously, officials said.", 1 },
        { ThreeTowns + "\n\nOfficials said the three attacks were coordinated.", 1 },
        // the article denies a link (kind unrelated): no wave, whatever it counts
        { ThreeTowns + "\n\nThe police said they had found nothing to connect the three attacks.", 0 },
        { ThreeTowns + "\n\nThe simultaneous attacks appeared to be unrelated, a police spokesman said.", 0 },
        // a count after "the" names the attacks told (kind told); "coordinated by" someone is command, not a series
        { ThreeTowns + "\n\nThe deadliest of the three attacks was in Kano.", 0 },
        { ThreeTowns + "\n\nThe search in Zaria was coordinated by the state police commissioner.", 0 },
    };

    [Theory]
    [MemberData(nameof(RoundUps))]
    public void A_round_up_is_a_wave_only_with_words_of_coordination(string text, int waves)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;
        Assert.Equal(3, reading.Reports.Count);
        Assert.Equal(waves, reading.Waves.Count);
    }

    [Theory]
    [MemberData(nameof(Waves))]
    public void A_series_over_a_period_is_no_wave_of_the_day(string text, int waves)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;
        Assert.Equal(2, reading.Reports.Count);
        Assert.Equal(waves, reading.Waves.Count);
    }
}
