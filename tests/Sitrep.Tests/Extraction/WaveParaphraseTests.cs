using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// One night's attacks on two towns told as one series in many wordings: each shape of a wave (a count of attacks of one
/// night, "a series of", "separate but coordinated", "simultaneous", a lapse "of each other", a total told far below the
/// members) is one table, each line a lead of our own words before the same two members and the same total. Made-up
/// articles; the towns are members of one wave, each with its own dead (the lead alone makes the wave: the same members
/// after a lead with no word of a series are two attacks, see <see cref="Two_attacks_counted_without_one_time_make_no_wave"/>).
/// </summary>
public class WaveParaphraseTests
{
    /// <summary>The two members after the lead.</summary>
    private const string Members =
        "\n\nAt about 1 a.m. gunmen stormed the police post in Kano and shot dead three officers.\n\n"
        + "In Zaria, a roadside bomb killed two soldiers at the gate of the barracks.";

    private const string Expected = "Kano|3; Zaria|2 / waves 1 / wave killed ";

    private static void AssertWave(string lead)
    {
        var reading = Read("Attacks in the north", "KADUNA, 2 March 2021 - " + lead + Members);
        Assert.Equal(Expected, Describe(reading));
    }

    /// <summary>Attacks counted afresh and set in one night (waves.tsv kinds counted, onenight).</summary>
    [Theory]
    [InlineData("Two attacks were carried out overnight in the north, the army said.")]
    [InlineData("Three blasts rocked the north overnight, police said.")]
    [InlineData("Two acts of sabotage were committed overnight against army and police sites in the north, officials said.")]
    [InlineData("Gunmen carried out two raids in the north during the night, the police said.")]
    [InlineData("Two terrorist acts were committed in the north in the early hours of Monday, the ministry said.")]
    [InlineData("Two bomb attacks struck the north on Monday night, officials said.")]
    [InlineData("Two explosions went off in the north overnight, police said.")]
    [InlineData("Militants carried out 2 deadly strikes in the north on Monday night, the army said.")]
    [InlineData("Two arson attacks hit the north the same night, police said.")]
    [InlineData("Insurgents staged three ambushes in the north overnight, the army said.")]
    [InlineData("Four assaults were launched against security forces in the north before dawn on Monday, the army said.")]
    public void Attacks_counted_in_one_night_are_one_wave(string lead) => AssertWave(lead);

    /// <summary>A noun of a series before the attacks (waves.tsv kind wave).</summary>
    [Theory]
    [InlineData("A series of attacks hit the north on Monday, the army said.")]
    [InlineData("A wave of coordinated bombings rocked the north on Monday, officials said.")]
    [InlineData("A string of bombings shook the north on Monday, police said.")]
    [InlineData("A wave of raids swept through the north on Monday night, officials said.")]
    [InlineData("Gunmen carried out a spate of attacks in the north on Monday, police said.")]
    [InlineData("The north was hit by a series of assaults on Monday, the army said.")]
    [InlineData("A chain of blasts struck the north on Monday, police said.")]
    [InlineData("A rash of attacks on security forces hit the north on Monday, the army said.")]
    [InlineData("Gunmen launched a series of raids across the north on Monday night, the army said.")]
    [InlineData("Militants unleashed a string of raids across the north on Monday, police said.")]
    public void A_series_noun_makes_one_wave(string lead) => AssertWave(lead);

    /// <summary>
    /// Attacks called "separate" with a word of coordination beside them: the coordination makes the series, not
    /// "separate" (waves.tsv kind wave).
    /// </summary>
    [Theory]
    [InlineData("Militants targeted soldiers and police in separate but coordinated attacks in the north on Monday, the army said.")]
    [InlineData("Gunmen struck in separate attacks minutes apart in the north on Monday, police said.")]
    [InlineData("Two separate raids were launched simultaneously in the north on Monday, officials said.")]
    [InlineData("Insurgents carried out a series of separate bombings in the north on Monday, police said.")]
    [InlineData("Three separate blasts went off within an hour of each other in the north on Monday, police said.")]
    [InlineData("Separate but coordinated assaults hit army and police posts in the north before dawn on Monday, officials said.")]
    public void Separate_attacks_said_to_be_coordinated_are_one_wave(string lead) => AssertWave(lead);

    /// <summary>
    /// Attacks called "separate" (waves.tsv kind told) or told apart by a word between their count and their noun
    /// (function_words.tsv kind apart_count), with no word of coordination: several attacks of one day told together, no
    /// series, whatever part of the day each struck in. The two towns keep their own dead.
    /// </summary>
    [Theory]
    [InlineData("Gunmen struck in separate attacks in the north on Monday, police said.")]
    [InlineData("Militants killed members of the security forces in two separate attacks in the north on Monday, the army said.")]
    [InlineData("Members of the security forces were targeted in separate raids in the north on Monday, officials said.")]
    [InlineData("Soldiers and police came under fire in separate assaults in the north on Monday, the army said.")]
    [InlineData("Separate attacks hit the north on Monday, police said.")]
    [InlineData("Insurgents carried out separate bombings and shootings in the north on Monday, police said.")]
    [InlineData("Security forces were hit in separate ambushes in the north on Monday, the army said.")]
    [InlineData("Gunmen and bombers struck in three separate attacks in the north on Monday, police said.")]
    [InlineData("Two unrelated shootings in the north left people dead overnight, police said.")]
    [InlineData("Two separate incidents were reported in the north in the early hours of Monday, officials said.")]
    [InlineData("Three distinct acts of violence were recorded in the north the same night, the army said.")]
    [InlineData("Two separate attacks hit the north on Monday, one at dawn and one at nightfall, officials said.")]
    public void Separate_attacks_without_coordination_make_no_wave(string lead)
    {
        var reading = Read("Attacks in the north", "KADUNA, 2 March 2021 - " + lead + Members);
        Assert.Equal("Kano|3; Zaria|2 / waves 0 / wave killed ", Describe(reading));
    }

    /// <summary>
    /// The article says, below its attacks, that they have nothing to do with one another (waves.tsv kind unrelated,
    /// reciprocal wordings): no series, even under a lead with a word of one.
    /// </summary>
    [Theory]
    [InlineData("A series of attacks hit the north on Monday, the army said.", "The governor said later that the attacks had nothing to do with one another.")]
    [InlineData("Simultaneous attacks hit the north on Monday, police said.", "On Tuesday police stated that both cases have nothing to do with each other.")]
    [InlineData("Coordinated attacks hit the north on Monday, officials said.", "Investigators now say the attacks are unrelated.")]
    [InlineData("Two attacks were carried out overnight in the north, the army said.", "Detectives said the attacks were not linked to one another.")]
    public void Attacks_said_to_have_nothing_to_do_with_one_another_make_no_wave(string lead, string unrelated)
    {
        var reading = Read("Attacks in the north", "KADUNA, 2 March 2021 - " + lead + Members + "\n\n" + unrelated);
        Assert.Equal("Kano|3; Zaria|2 / waves 0 / wave killed ", Describe(reading));
    }

    /// <summary>Attacks at one time (waves.tsv kind wave: "simultaneous", "at the same time").</summary>
    [Theory]
    [InlineData("Militants carried out simultaneous attacks in the north on Monday, the army said.")]
    [InlineData("Near-simultaneous raids hit the north on Monday, police said.")]
    [InlineData("Gunmen struck two towns in the north simultaneously on Monday, the army said.")]
    [InlineData("Two towns of the north were attacked at the same time on Monday, officials said.")]
    [InlineData("Almost simultaneous assaults hit the north on Monday, the army said.")]
    [InlineData("Insurgents launched simultaneous strikes on security forces in the north on Monday, police said.")]
    [InlineData("Coordinated attacks hit the north on Monday, the army said.")]
    [InlineData("Attackers hit the north at about the same time on Monday, police said.")]
    [InlineData("Gunmen and bombers struck the north at roughly the same time on Monday, officials said.")]
    [InlineData("Two towns were struck in a simultaneous assault on Monday, the army said.")]
    public void Simultaneous_attacks_are_one_wave(string lead) => AssertWave(lead);

    /// <summary>A lapse of time between the attacks (waves.tsv kind apart after a clock unit, or "within ... of each other").</summary>
    [Theory]
    [InlineData("Two towns of the north were attacked within an hour of each other on Monday, the army said.")]
    [InlineData("Gunmen struck the north twice within minutes of one another on Monday, police said.")]
    [InlineData("Two attacks hit the north less than an hour apart on Monday, officials said.")]
    [InlineData("Attackers struck two towns of the north some 30 minutes apart on Monday, the army said.")]
    [InlineData("Two raids came within 40 minutes of each other in the north on Monday, police said.")]
    [InlineData("Two towns were hit barely an hour apart on Monday, officials said.")]
    [InlineData("Gunmen and bombers struck the north minutes apart on Monday, the army said.")]
    [InlineData("Two attacks hit the north within half an hour of each other on Monday, police said.")]
    [InlineData("The north was hit by attacks a few minutes apart on Monday, the army said.")]
    [InlineData("Militants struck two towns within two hours of one another on Monday, officials said.")]
    public void Attacks_close_in_time_are_one_wave(string lead) => AssertWave(lead);

    /// <summary>
    /// No word of a series in the lead: the members told one by one, many sentences about the aftermath, and only then a
    /// total of the attacks together (a total word beside attacks counted): the total makes them one wave, wherever it stands.
    /// </summary>
    [Theory]
    [InlineData("In total, five people were killed in the two attacks.", 5)]
    [InlineData("As a result of the two attacks, five people died in all.", 5)]
    [InlineData("The two raids left five people dead in total.", 5)]
    [InlineData("Altogether, five people lost their lives in both attacks.", 5)]
    [InlineData("The combined toll of the two attacks stood at five dead.", 5)]
    [InlineData("Overall, the two bombings killed five people.", 5)]
    [InlineData("Five people in all were killed in the two assaults.", 5)]
    [InlineData("Overall, as a result of the two crimes, five people were killed.", 5)]
    [InlineData("The two acts of sabotage killed five people in total.", 5)]
    [InlineData("A total of five people died in the two blasts.", 5)]
    [InlineData("In all, six people were killed in both raids, a hospital source said.", 6)]
    public void A_total_told_far_below_the_members_makes_them_one_wave(string total, int killed)
    {
        var text = "KADUNA, 2 March 2021 - Gunmen stormed the police post in Kano shortly after midnight on Monday, police said.\n\n"
                   + "They shot dead three officers at the gate.\n\n"
                   + "At about 2 a.m. a roadside bomb killed two soldiers near the barracks in Zaria.\n\n"
                   + "The governor ordered schools in the area closed. Traders kept their shops shut. Buses did not run. "
                   + "Soldiers set up checkpoints on the main roads. A curfew was declared from dusk to dawn. "
                   + "Officials met elders to calm the area. The army sent more troops. Police asked for calm. "
                   + "Families waited outside the hospital. Flags flew at half mast.\n\n"
                   + total;
        var reading = Read("Police post and barracks attacked", text);
        Assert.Equal($"Kano|3; Zaria|2 / waves 1 / wave killed {killed}", Describe(reading));
    }

    /// <summary>Attacks counted without one night or day (a week's), or attacks already told ("the two attacks"), make no wave alone.</summary>
    [Theory]
    [InlineData("Police are investigating two attacks in the north, officials said.")]
    [InlineData("Police said the two attacks in the north were being investigated.")]
    [InlineData("Monitors recorded three serious attacks in the north this week.")]
    public void Two_attacks_counted_without_one_time_make_no_wave(string lead)
    {
        var text = "KADUNA, 2 March 2021 - " + lead + "\n\nGunmen shot dead three officers at the police post in Kano on Monday.\n\n"
                   + "In Zaria, a roadside bomb killed two soldiers on Sunday.";
        Assert.Equal("Kano|3; Zaria|2 / waves 0 / wave killed ", Describe(Read("Attacks in the north", text)));
    }

    /// <summary>
    /// A report's count or total over its period ("this week", "in the reporting period") of attacks it dates days apart:
    /// separate attacks summed up, no wave, however the total is worded. The towns keep their own dead.
    /// </summary>
    [Theory]
    [InlineData("Two incidents in the north this week left five people dead in total, monitors said.")]
    [InlineData("In total, five people died in the two attacks of the past week.")]
    [InlineData("Altogether, the two attacks of the reporting period killed five people.")]
    public void A_total_of_attacks_days_apart_makes_no_wave(string total)
    {
        var text = "KADUNA, 2 March 2021 - " + total + "\n\nGunmen shot dead three officers at the police post in Kano on Tuesday 23 February.\n\n"
                   + "In Zaria, a roadside bomb killed two soldiers on Friday 26 February.";
        Assert.Equal("Kano|3; Zaria|2 / waves 0 / wave killed ", Describe(Read("Weekly security note", text)));
    }

    /// <summary>The same total of attacks a night apart (one before midnight, one after) still makes them one wave.</summary>
    [Fact]
    public void A_total_of_attacks_one_night_apart_is_one_wave()
    {
        var text = "KADUNA, 2 March 2021 - Gunmen stormed the police post in Kano at about 11 p.m. on Sunday 28 February, police said.\n\n"
                   + "They shot dead three officers at the gate.\n\n"
                   + "At about 2 a.m. on Monday 1 March a roadside bomb killed two soldiers near the barracks in Zaria.\n\n"
                   + "In total, five people were killed in the two attacks.";
        Assert.Equal("Kano|3; Zaria|2 / waves 1 / wave killed 5", Describe(Read("Police post and barracks attacked", text)));
    }

    /// <summary>"Overnight" in a story of day D with an hour after midnight is the night ending on D; before midnight, the day before, even when a later hour after midnight is told too.</summary>
    [Theory]
    [InlineData("At about 02:30 a drone struck the power station in Kano.", "2021-03-02")]
    [InlineData("At about 1.15am gunmen stormed the police post in Kano.", "2021-03-02")]
    [InlineData("Shortly after midnight gunmen stormed the police post in Kano.", "2021-03-02")]
    [InlineData("At about 11 p.m. gunmen stormed the police post in Kano.", "2021-03-01")]
    [InlineData("Gunmen stormed the police post in Kano at 23:20 and the shooting stopped at about 01:40.", "2021-03-01")]
    [InlineData("At 00:35 residents said gunfire had been heard at the police post in Kano since shortly before 23:00.", "2021-03-01")]
    [InlineData("Gunmen stormed the police post in Kano at around 10 p.m.; the last shots were heard at 2 a.m.", "2021-03-01")]
    public void Overnight_with_an_hour_after_midnight_is_the_story_day(string member, string date)
    {
        var text = "KADUNA (Reuters) - Gunmen carried out two attacks overnight in Kano and Zaria, the army said.\n\n"
                   + member + " Three guards were killed.\n\n"
                   + "In Zaria, two soldiers were killed at the barracks.";
        var reading = Read("Attacks in the north", text);
        Assert.Equal(date, reading.Reports.First(r => r.Place?.Name == "Kano").Date);
    }

    /// <summary>
    /// A weekly digest whose items, each under a heading "Region - Town (day)", tell two bombs of one night in two towns
    /// and a shooting days later, then the sentence given: a round-up's items stay apart (see
    /// <see cref="A_digest_item_that_links_nothing_leaves_its_items_apart"/>) unless a sentence of its news ties the
    /// attacks it told together (waves.tsv kind link or wave, after "the two ..." or "both ..."), in the second bomb's
    /// item or in a paragraph after the items. The shooting of another day stays apart.
    /// </summary>
    private static string Digest(string secondItemEnd, string afterItems) =>
        "Weekly field digest, week 9\n"
        + "Covering Monday 22 February to Sunday 28 February 2021 | Issued Tuesday 2 March 2021\n"
        + "Incidents\n"
        + "- **Kano State - Kano (24 Feb)**\n"
        + "  Shortly after 01:00 a bomb hidden in a drain blew up beside the police post in Kano, killing three officers.\n"
        + "- **Kaduna State - Zaria (24 Feb)**\n"
        + "  Half an hour later a roadside bomb killed two soldiers at the gate of the barracks in Zaria. " + secondItemEnd + "\n"
        + "- **Katsina State - Katsina (27 Feb)**\n"
        + "  Gunmen shot dead a trader at the cattle market in Katsina on Saturday evening.\n"
        + afterItems + "\n"
        + "Next issue: Tuesday 9 March 2021.";

    private static string DescribeDigest(string secondItemEnd, string afterItems)
    {
        var reading = Read("Weekly field digest, week 9", Digest(secondItemEnd, afterItems));
        var members = reading.Waves.SelectMany(w => w.MemberReportIds).Select(id => reading.Reports.First(r => r.Id == id).Place?.Name).Order();
        return $"{string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}"))} / waves {reading.Waves.Count} {string.Join(",", members)}";
    }

    [Theory]
    [InlineData("Police believe the two bombings were linked and have opened a joint inquiry.", "")]
    [InlineData("Investigators said both blasts were the work of the same cell.", "")]
    [InlineData("Officials described the two attacks as coordinated.", "")]
    [InlineData("No one has yet said who laid the bombs.", "Outlook\nThe army treats the two explosions as connected, and expects more checkpoints on the northern roads.")]
    [InlineData("No one has yet said who laid the bombs.", "Outlook\nThe two bombings came within the hour, a pattern we have not seen in the region before.")]
    public void A_digest_sentence_that_links_two_items_makes_them_one_wave(string secondItemEnd, string afterItems) =>
        Assert.Equal("Kano|3; Zaria|2; Katsina|1 / waves 1 Kano,Zaria", DescribeDigest(secondItemEnd, afterItems));

    [Theory]
    [InlineData("No one has yet said who laid the bombs.", "")]
    [InlineData("Police said there was no sign that the two bombings were linked.", "")]
    [InlineData("Both bombs were buried the day before, police said.", "")]
    [InlineData("No one has yet said who laid the bombs.", "Outlook\nField staff should avoid the two towns after dark this week.")]
    public void A_digest_item_that_links_nothing_leaves_its_items_apart(string secondItemEnd, string afterItems) =>
        Assert.Equal("Kano|3; Zaria|2; Katsina|1 / waves 0 ", DescribeDigest(secondItemEnd, afterItems));

    /// <summary>The reading of one article of our own words, its title prepended as a scraped page has it.</summary>
    private static ArticleReading Read(string title, string text) =>
        ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2021, 3, 2))).Reading;

    private static string Describe(ArticleReading reading) =>
        $"{string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}"))} / waves {reading.Waves.Count} / wave killed "
        + string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value).Distinct());

    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
