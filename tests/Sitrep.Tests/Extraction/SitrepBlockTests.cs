using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A security situation report that tells each incident in a block of "key: value" lines ("Date:", "Location:",
/// "Type:", "Casualties:", "Attribution:"): blocks of one day and one kind of attack that the report links (a summary's
/// words of a series, a total for the series) are one wave, the others stay apart; the series' total is the wave's, no
/// block's; "0 KIA" counts no one; an attribution line is a claim of the kind it names. Made-up reports in our words.
/// </summary>
public class SitrepBlockTests
{
    private static readonly DateOnly Published = new(2021, 4, 9);

    private const string Header = "OHIO - WEEKLY INCIDENT DIGEST, WEEK 14\n\nCompiled by: risk desk, Columbus\n\n1. OVERVIEW\n\n";

    private const string Blocks =
        "2. THIS WEEK\n\n"
        + "Date: 06/04/2021, approx. 02:10\nLocation: Dayton (Ohio) - bus depot\nType: Arson\nCasualties: 0 KIA / 2 WIA\nDetails: Petrol was poured over three parked buses and set alight; two night guards suffered burns.\n\n"
        + "Date: 06/04/2021, approx. 02:40\nLocation: Akron (Ohio) - tram shed\nType: Arson / incendiary device\nCasualties: 0 KIA / 0 WIA\nDetails: A firebomb thrown through a window set the shed on fire. Nobody was inside.\n\n"
        + "Date: 06/04/2021, approx. 03:25\nLocation: Cleveland (Ohio) - coach station\nType: Arson (accelerant)\nCasualties: 0 KIA / 1 WIA\nDetails: A coach was set on fire at its bay; the driver who tried to put it out was hurt.\n\n";

    private static ArticleReading Read(string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("s", text, "Weekly incident digest", Published: Published)).Reading;

    private static int? Most(IReadOnlyList<CasualtyFigure> figures) => figures.Where(f => f.Value is not null).Select(f => f.Value).Max();

    [Theory]
    [InlineData("Transport depots in three Ohio cities were hit by a coordinated series of arson attacks in the early hours of Tuesday. Three people were hurt.\n\n", "")]
    [InlineData("Three transport depots in Ohio burned on Tuesday night.\n\n", "Total for the series: 0 dead, 3 wounded.\n\n")]
    public void Blocks_of_one_day_and_kind_that_the_report_links_are_one_wave(string overview, string total)
    {
        var reading = Read(Header + overview + Blocks + total);

        var wave = Assert.Single(reading.Waves);
        Assert.Equal(3, wave.MemberReportIds.Count);
        Assert.Equal(["Akron", "Cleveland", "Dayton"], reading.Reports.Where(r => r.WaveId == wave.Id).Select(r => r.Place?.Name ?? "?").Order());
        // the series' total is the wave's, never a block's; a zero counts no one
        Assert.Equal(2, Most(reading.Reports.Single(r => r.Place?.Name == "Dayton").Injured));
        Assert.Equal(1, Most(reading.Reports.Single(r => r.Place?.Name == "Cleveland").Injured));
        Assert.Null(Most(reading.Reports.Single(r => r.Place?.Name == "Akron").Injured));
        Assert.All(reading.Reports, r => Assert.DoesNotContain(r.Killed, f => f.Value == 0));
        if (total != "") Assert.Equal([3], wave.Injured.Select(f => f.Value));
    }

    [Fact]
    public void Blocks_the_report_does_not_link_are_no_wave()
    {
        var reading = Read(Header + "A quiet week for transport operators, with three fires at depots.\n\n" + Blocks);

        Assert.Empty(reading.Waves);
        Assert.Equal(3, reading.Reports.Count);
        Assert.All(reading.Reports, r => Assert.Null(r.WaveId));
    }

    [Fact]
    public void A_block_of_another_day_or_kind_stays_out_of_the_wave()
    {
        var other =
            "Date: 07/04/2021, approx. 23:50\nLocation: Cincinnati (Ohio) - bus garage\nType: Arson\nCasualties: 0 KIA / 0 WIA\nDetails: A fire was lit against the garage door.\n\n"
            + "Date: 06/04/2021, approx. 16:00\nLocation: Youngstown (Ohio) - taxi rank\nType: Shooting\nCasualties: 1 KIA / 0 WIA\nDetails: A gunman shot a taxi driver dead at the rank.\n\n";
        var reading = Read(Header + "Transport depots in three Ohio cities were hit by a coordinated series of arson attacks in the early hours of Tuesday.\n\n" + Blocks + other);

        var wave = Assert.Single(reading.Waves);
        Assert.Equal(["Akron", "Cleveland", "Dayton"], reading.Reports.Where(r => r.WaveId == wave.Id).Select(r => r.Place?.Name ?? "?").Order());
        Assert.Null(reading.Reports.Single(r => r.Place?.Name == "Youngstown").WaveId);
    }

    /// <summary>An attribution line → the block's perpetrator and responsibility.</summary>
    [Theory]
    [InlineData("Attribution: claimed (ELN)", "National Liberation Army", "claimed")]
    [InlineData("Attribution: suspected ELN", "National Liberation Army", "suspected")]
    [InlineData("Responsibility: claimed by the ELN", "National Liberation Army", "claimed")]
    [InlineData("Attribution: unclaimed", null, "unknown")]
    public void An_attribution_line_is_a_claim_of_the_kind_it_names(string line, string? perpetrator, string responsibility)
    {
        var text = "COLOMBIA - WEEKLY SECURITY NOTE, WEEK 14\n\n1. INCIDENTS\n\n"
                   + "Date: 06/04/2021, approx. 05:30\nLocation: Cucuta (Norte de Santander) - army checkpoint\nType: IED\nCasualties: 2 KIA / 3 WIA\n"
                   + "Details: A bomb hidden in a motorbike went off beside a checkpoint on the airport road.\n" + line + "\n";
        var report = Assert.Single(Read(text).Reports);

        Assert.Equal(perpetrator, report.Perpetrator);
        Assert.Equal(responsibility, report.Responsibility);
    }
}
