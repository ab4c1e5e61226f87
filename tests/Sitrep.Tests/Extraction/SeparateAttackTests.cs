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
        // a denial of a link left open in its clause (function_words.tsv kind link_pending) denies nothing: the link is not yet known
        { ThreeTowns + "\n\nThe three attacks were carried out simultaneously. No link between them has yet been established, a police spokesman said.", 1 },
        { ThreeTowns + "\n\nNo connection between the three attacks has been confirmed officially, but witnesses said they came at the same time.", 1 },
        { ThreeTowns + "\n\nPolice said there was no link between the three attacks, which were carried out simultaneously.", 0 },
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

    /// <summary>
    /// text → each report's town and its largest figure of dead. A round-up that counts its unrelated attacks ("two
    /// separate attacks") and gives their toll together before telling where each struck: the toll is no town's.
    /// </summary>
    public static TheoryData<string, string> CountedRoundUps => new()
    {
        { "Two separate attacks in the north left three people dead on Monday: one guard killed at a bank in Kano in the morning and two traders killed by a bomb at a market in Zaria at night. Police said the cases had nothing to do with one another.", "Kano|1; Zaria|2" },
        { "Two unrelated attacks in the north killed five people on Sunday, a market bombing in Zaria at noon and a shooting at a bar in Kano in the evening. In Zaria, the bomb killed four traders. In Kano, one barman was killed.", "Zaria|4; Kano|1" },
        { "Three separate attacks left six people dead across the north on Monday: one trader killed in Kano, one guard killed in Zaria and four farmers killed in Bauchi. Police found nothing to connect them.", "Kano|1; Zaria|1; Bauchi|4" },
        // figures given town by town after the count stay each town's
        { "Two separate attacks killed five people on Monday: three in Kano and two in Zaria. Police found nothing to connect them.", "Kano|3; Zaria|2" },
    };

    [Theory]
    [MemberData(nameof(CountedRoundUps))]
    public void A_toll_of_counted_unrelated_attacks_is_no_towns(string text, string expected)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;
        Assert.Equal(expected, string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{r.Killed.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max()}")));
        Assert.Empty(reading.Waves);
    }
}
