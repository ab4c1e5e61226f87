using System.Globalization;
using Sitrep.Application;
using Sitrep.Model;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Whole articles of articles.spec.tsv, one line a case: which incidents the pipeline reads from a short article
/// of our own wording, where, and with how many killed and injured.
/// </summary>
public class ArticleSpecTests
{
    public static IEnumerable<object[]> Cases => SpecFile.Cases("Extraction", "articles.spec.tsv", 4);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_incidents_of_an_article(int line, string title, string published, string text, string expected)
    {
        var date = published == "-" ? (DateOnly?)null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var headline = title == "-" ? null : title; // a wire message without a headline
        var article = new Article($"spec-{line}", global::Sitrep.Sources.Headline.Prepend(headline, text), headline, Published: date); // as the readers make it

        var reading = ArticleAnalyzer.Default.Analyze(article).Reading;

        // a case may also give each report's date (place|killed|injured|yyyy-mm-dd), and then its event type (|type)
        var typed = expected.Split("; ").Any(e => e.Count(c => c == '|') == 4);
        var dated = typed || expected.Split("; ").Any(e => e.Count(c => c == '|') == 3);
        var actual = string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}|{Best(r.Injured)}"
                                                                 + (dated ? $"|{r.Date ?? "-"}" : "") + (typed ? $"|{r.EventType}" : "")));
        Assert.True((actual.Length == 0 ? "-" : actual) == expected, $"articles.spec.tsv:{line}: '{title}' read as '{actual}', expected '{expected}'");
    }

    [Fact]
    public void A_series_announced_by_a_sentence_ending_on_a_colon_deep_in_the_page_lists_its_members_as_bulleted_items()
    {
        // meeting minutes: the sentence of two attacks stands far below the headline, past an agenda; its members follow as
        // "- Town: ..." items, and the total after them is the series' (IncidentExtractor.AnnouncesMemberList)
        const string text = "District security committee - Minutes\nDocuments > Minutes > 2026\n\nMINUTES: District security committee, 14 May 2026\n\nDate: Thursday 14 May 2026, 10:00-12:30\nVenue: town hall of Gourcy, council room\nChair: the deputy prefect\nParticipants: 17 (list attached)\n\nAGENDA\n1. Adoption of the minutes of 30 April\n2. Report on the attacks of 11-12 May\n3. Market days and road checks\n4. Any other business\n\n1. ADOPTION OF THE MINUTES\nThe minutes were adopted without changes. The point on street lighting is carried over.\n\n2. REPORT ON THE ATTACKS\nThe deputy prefect read the reports sent by the gendarmerie. During the night of Monday to Tuesday, two attacks took place:\n- Ouahigouya: the customs office and a fuel depot were attacked at about 22:30 on Monday. Six people died there.\n- Yako: at about 03:00 on Tuesday, gunmen fired on a bus station and set two buses on fire. Two drivers were killed.\nThe total stands at eight dead.\n\n3. MARKET DAYS AND ROAD CHECKS\nMarket days continue as usual. Road checks are strengthened at night.\n\nNext meeting: Thursday 28 May 2026.";
        const string title = "MINUTES: District security committee, 14 May 2026";
        var article = new Article("spec-member-list", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2026, 5, 15));

        var reading = ArticleAnalyzer.Default.Analyze(article).Reading;

        Assert.Equal("Ouahigouya|6; Yako|2", string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name}|{Best(r.Killed)}")));
        var wave = Assert.Single(reading.Waves);
        Assert.Equal(2, wave.MemberReportIds.Count);
        Assert.Equal(8, Best(wave.Killed));
    }

    [Fact]
    public void A_correction_notes_figure_is_kept_on_the_main_report_marked_withdrawn()
    {
        const string text = "Correction: An earlier version of this article said five people were killed. Two of those first reported dead "
                            + "survived, the police said on Thursday.\n\nILORIN, Nigeria - Three people were killed and seven injured when a man "
                            + "with a machete attacked shoppers at a market in Ilorin on Wednesday, police said.";
        const string title = "Three dead in Ilorin market attack, police revise toll";
        var article = new Article("spec-correction", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2019, 6, 13));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal((3, 7), (Best(report.Killed), Best(report.Injured)));
        var withdrawn = Assert.Single(report.Killed, f => f.Withdrawn);
        Assert.Equal(5, withdrawn.Value);
        Assert.DoesNotContain(report.Injured, f => f.Withdrawn);
    }

    [Fact]
    public void Those_still_in_care_after_a_larger_count_of_the_hurt_are_a_part_of_it()
    {
        const string text = "HOLLOWAY - A parcel bomb went off in the sorting room of the post office in Holloway on Friday, wounding "
                            + "fourteen workers, the fire brigade said.\n\nOn Sunday five of the staff were still in hospital, doctors said.";
        const string title = "Parcel bomb wounds post office staff";
        var article = new Article("spec-remainder", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2021, 3, 8));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal([14], report.Injured.Select(f => f.Value).Distinct());
    }

    [Theory]
    // how badly those hurt are, told after the count of the hurt (in its sentence, or sentences on): a part of it
    [InlineData("A bomb hidden in a rubbish bin went off outside the post office in Ndola on Tuesday. Twenty-six people were hurt; five are in a critical condition, a surgeon said.", 26)]
    [InlineData("A bomb hidden in a rubbish bin went off outside the post office in Ndola on Tuesday, wounding 19 people.\n\nMost were taken to the regional hospital. A nurse there said six were in serious condition.", 19)]
    // those sent home the same day are a part of the hurt too
    [InlineData("A bomb hidden in a rubbish bin went off outside the post office in Ndola on Tuesday, wounding 14 people. Four were treated and released, the clinic said.", 14)]
    [InlineData("A bomb hidden in a rubbish bin went off outside the post office in Ndola on Tuesday, wounding 14 people. By Thursday three had been discharged from hospital.", 14)]
    // no count of the hurt before: the state is the only count of the hurt
    [InlineData("A bomb hidden in a rubbish bin went off outside the post office in Ndola on Tuesday. One clerk was killed and three are in a critical condition.", 3)]
    public void The_state_of_those_hurt_after_a_larger_count_of_the_hurt_is_a_part_of_it(string text, int injured)
    {
        const string title = "Bin bomb outside post office";
        var article = new Article("spec-condition", global::Sitrep.Sources.Headline.Prepend(title, "NDOLA, Zambia - " + text), title, Published: new DateOnly(2021, 3, 11));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal([injured], report.Injured.Select(f => f.Value).Distinct());
    }

    [Fact]
    public void Those_taken_to_hospital_out_of_a_count_opening_with_of_the_are_a_part_of_it()
    {
        const string text = "KESTON - Two guards were killed and seven wounded when a car bomb exploded at the gate of the barracks in Keston "
                            + "on Tuesday, the army said.\n\nOf the seven wounded, four were taken to a hospital in Brill and three to the clinic in Keston.";
        const string title = "Car bomb kills two guards at barracks gate";
        var article = new Article("spec-treatedpart", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2021, 3, 10));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal([7], report.Injured.Select(f => f.Value).Distinct());
    }

    [Theory]
    // the bodies found of a toll told before them are some of those dead, no count of their own
    [InlineData("Gunmen stormed a nightclub in Tepic on Saturday night, killing nine people and wounding four, police said.\n\nThree bodies were recovered from the burned kitchen.", new[] { 9 })]
    [InlineData("Gunmen stormed a nightclub in Tepic on Saturday night, leaving nine people dead.\n\nAmong the dead are the owner, two waiters and six customers; three bodies were found in the toilets.", new[] { 9 })]
    // "more" bodies add to the toll; bodies alone, with no toll before them, are the toll
    [InlineData("Gunmen stormed a nightclub in Tepic on Saturday night, leaving nine people dead.\n\nOn Sunday, rescuers found two more bodies in the burned kitchen.", new[] { 9, 11 })]
    [InlineData("Gunmen stormed a nightclub in Tepic on Saturday night and set it on fire, police said.\n\nThree bodies were recovered from the burned kitchen.", new[] { 3 })]
    public void Bodies_found_after_a_toll_are_of_its_dead(string text, int[] killed)
    {
        const string title = "Gunmen storm nightclub in Tepic";
        var article = new Article("spec-bodies", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2025, 4, 14));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal(killed, report.Killed.Select(f => f.Value!.Value).Distinct().Order());
    }

    [Fact]
    public void One_of_the_persons_listed_as_hurt_named_again_is_no_count_of_one()
    {
        const string text = "A judge was killed on Sunday evening when a device strapped under his car blew up outside his home in Kassala.\n\n"
                            + "His bodyguard and a woman who was walking past were wounded. A doctor said the bodyguard was in a serious condition.";
        const string title = "Judge killed by car bomb in Kassala";
        var article = new Article("spec-oneoflist", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2025, 4, 14));

        var report = Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports);

        Assert.Equal([2], report.Injured.Select(f => f.Value!.Value).Distinct());
    }

    /// <summary>The highest figure that no correction withdrew (0 for none).</summary>
    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null && !f.Withdrawn).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
