using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Attacks at several places told as one series: each place an incident of its own with its own figures, all of them
/// members of one wave. Made-up articles.
/// </summary>
public class WaveReadingTests
{
    /// <summary>title, text → each report as place|killed (the highest figure, 0 for none) in order, then "/ waves N".</summary>
    public static TheoryData<string, string, string> Series => new()
    {
        // "Near X, N were killed; near Y, M more": one sentence gives each place its toll (the speaker's place, "declared
        // to the press at Y", is no scene); "attacked two villages" tells a series (function_words.tsv struck_place)
        {
            "Fifteen dead as armed men attack two villages",
            "KADUNA, 2 March 2021 - Fifteen people were killed on Monday when armed men attacked two villages in the north, the governor said on Tuesday.\n\n"
            + "\"Near Kano, eleven were killed; near Zaria, four more,\" the governor declared to the press at Zaria.",
            "Kano|11; Zaria|4 / waves 1"
        },
        // a claim that names both attacks (claims.tsv column series) makes them one series, however far down the page it is
        // told: two towns' police posts burned the same night, told apart, then claimed together in the fourteenth sentence
        {
            "Two police posts burned overnight",
            "KADUNA, 2 March 2021 - Attackers set fire to two police posts in the north on Monday night, officials said.\n\n"
            + "Shortly before midnight, men with fuel cans torched the police post of Kano. One officer died in the blaze. "
            + "Two of his colleagues escaped through a window. The building burned until dawn.\n\n"
            + "About an hour later, the police post of Zaria was set alight. Nobody was inside. A patrol car was destroyed.\n\n"
            + "The governor visited both towns on Tuesday. He promised to rebuild the posts. Traders in Kano closed their shops. "
            + "Schools in Zaria stayed open. The roads between the towns were quiet.\n\n"
            + "On Tuesday evening the Northern Front claimed responsibility for both attacks in a message on its website.",
            "Kano|1; Zaria|0 / waves 1"
        },
        // the attacks on several villages counted, each place's toll in one sentence ("12 in X and 5 in Y")
        {
            "Seventeen killed in village raids",
            "Aid workers said on Tuesday that the attacks on two farming villages on Monday killed 17 people.\n\n"
            + "Health workers said 12 people were killed in Kano and 5 in Zaria.",
            "Kano|12; Zaria|5 / waves 1"
        },
        // "two suicide bombings" (waves.tsv) killed N "in X and Y": the toll before the list of the members' towns is the
        // series', not the first town's
        {
            "Suicide bombers strike two cities",
            "Two suicide bombings killed 20 people in Kano and Zaria on Monday, police said.\n\n"
            + "In Kano, a bomber blew himself up at a market, killing 12 people.\n\nIn Zaria, eight people were killed at a bus station.",
            "Kano|12; Zaria|8 / waves 1"
        },
        // "the police post of X" places the attack in X, as "in X" would (function_words.tsv site_noun): the raid on the post
        // and the bomb on the road are two members of the night's series, each with its own toll
        {
            "Policemen and soldiers killed in night attacks",
            "KADUNA, 2 March 2021 - Five members of the security forces were killed in two simultaneous attacks in the north on Monday night, the army said.\n\n"
            + "At about 1 a.m. armed men stormed the police post of Kano. Three policemen died in the firefight.\n\n"
            + "Almost at the same time, an army truck hit a roadside bomb near Zaria. Two soldiers were killed.",
            "Kano|3; Zaria|2 / waves 1"
        },
        // a numbered list whose items open on a place line ("2. X village, Y district.") and whose second item opens on words
        // of a series ("At about the same time"): each item its place's attack, both one wave, the total after them the wave's
        {
            "Situation in the border district as of noon",
            "KADUNA, 2 March 2021 - In the early morning the district came under fire from across the border.\n\n"
            + "1. Zaria town. A drone dropped a bomb on a petrol station at the edge of the town. As a result, 2 (two) people died.\n\n"
            + "2. Kafanchan village, Jema'a district. At about the same time the village was hit by mortar fire. As a result, 4 (four) people were injured.\n\n"
            + "In total, as of noon, 2 (two) persons died and 4 (four) were injured.",
            "Zaria|2; Kafanchan|0 / waves 1"
        },
        // "a second group attacked the X Central Market": a two-letter seat's name opening a building's name after "the"
        // places the second member there (PlaceRecognizer.TwoLetterSeat), so its figures are not the first member's
        {
            "Gunmen raid two markets in the east",
            "ACCRA, 2 March 2021 - Armed men carried out coordinated raids on two markets in the Volta region on Monday night, police said.\n\n"
            + "At about 1 a.m., gunmen stormed the market in Hohoe and shot dead three traders.\n\n"
            + "Half an hour later, a second group attacked the Ho Central Market. Two guards lost their lives and six people were hurt.\n\n"
            + "At Ho, soldiers drove the raiders off.",
            "Hohoe|3; Ho|2 / waves 1"
        },
        // "two raids within half an hour of each other" (waves.tsv kind wave) tells one series of two places
        {
            "Gunmen strike twice in the north",
            "KADUNA, 2 March 2021 - Gunmen carried out two raids within half an hour of each other on Monday night, police said.\n\n"
            + "In Kano, three guards were shot dead at a bank.\n\n"
            + "In Zaria, two traders were killed at a market.",
            "Kano|3; Zaria|2 / waves 1"
        },
        // a lapse of time between the attacks (waves.tsv kind apart after a clock_unit), whatever count stands before the
        // unit, tells one series (IncidentExtractor.TellsTimeApart)
        {
            "Blasts hit two markets",
            "KADUNA, 2 March 2021 - Bombs went off at markets in Kano and Zaria on Monday, within about forty minutes of each other, police said.\n\n"
            + "In Kano, the bomb killed four traders.\n\nIn Zaria, three shoppers died.",
            "Kano|4; Zaria|3 / waves 1"
        },
        {
            "Blasts hit two markets",
            "KADUNA, 2 March 2021 - Two bombs went off at markets in Kano and Zaria on Monday, some two hours apart, police said.\n\n"
            + "In Kano, the bomb killed four traders.\n\nIn Zaria, three shoppers died.",
            "Kano|4; Zaria|3 / waves 1"
        },
        // a distance between the places is no lapse of time: two attacks, no series
        {
            "Blasts hit two markets",
            "KADUNA, 2 March 2021 - Bombs went off at markets in Kano and Zaria on Monday, about ninety kilometres apart, police said.\n\n"
            + "In Kano, the bomb killed four traders.\n\nIn Zaria, three shoppers died.",
            "Kano|4; Zaria|3 / waves 0"
        },
        // a count after a verb of surgery ("had undergone two operations overnight") counts no attacks (function_words.tsv
        // surgery_verb): two attacks told apart stay no series
        {
            "Shopkeeper and driver shot dead",
            "KADUNA, 2 March 2021 - Gunmen shot dead a shopkeeper in Kano on Monday, police said.\n\n"
            + "In Zaria, gunmen shot dead a taxi driver on Monday afternoon.\n\nA guard wounded in Kano had undergone two operations overnight, doctors said.",
            "Kano|1; Zaria|1 / waves 0"
        },
        // a live page, oldest entry first: each town's attack in its own entry, a link "not confirmed officially" (no denial:
        // function_words.tsv link_pending), then one toll split by town with the victims named in each part ("six officers
        // were killed at X and two guards at Y") and a figure "in the two attacks" for the series
        {
            "LIVE: gunmen storm police post in Kano, second attack reported in Zaria",
            "Live coverage, started Tuesday 2 March 2021, 07:00. Updates appear oldest first.\n\n07:00\nWe are following reports of gunfire at the police post in Kano overnight. "
            + "Residents said the shooting began at about 10 p.m. on Monday.\n\n08:30\nNow a second town. In Zaria, armed men set fire to the district office at around 1 a.m., witnesses say.\n\n"
            + "09:15\nNo link between the two has been officially confirmed yet, though a village elder says it was the same gang.\n\n"
            + "15:00\nThe police now say six officers were killed at Kano and two guards at Zaria; 14 people were wounded in the two attacks.",
            "Kano|6; Zaria|2 / waves 1"
        },
        // the elided figure of a split toll names its victims before its town: "and four traders in Y"
        {
            "Eleven killed in two night attacks",
            "KADUNA, 2 March 2021 - Gunmen attacked an army post in Kano and a market in Zaria on Monday night, officials said.\n\n"
            + "The army said on Tuesday that seven soldiers were killed in Kano and four traders in Zaria in the two attacks.",
            "Kano|7; Zaria|4 / waves 1"
        },
    };

    [Theory]
    [MemberData(nameof(Series))]
    public void A_series_at_several_places_gives_each_place_its_own_figures(string title, string text, string expected)
    {
        var reading = Read(title, text, new DateOnly(2021, 3, 2));
        var reports = PlacesAndKilled(reading);
        Assert.Equal(expected, $"{reports} / waves {reading.Waves.Count}");
    }

    /// <summary>title, text → each report as place|killed in order, then "/ wave killed" and the wave's own killed figures.</summary>
    public static TheoryData<string, string, string> SeriesTotals => new()
    {
        // a total's words right after a figure's casualty words ("eleven people have now been killed in both raids") give the
        // series' toll, though the sentence names one member's town first (IncidentExtractor.TotalsWave)
        {
            "Police posts raided in two towns",
            "KADUNA, 2 March 2021 - Gunmen raided police posts in Kano and Zaria at the same time on Monday night, the police said.\n\n"
            + "In Kano, nine officers were killed when the raiders set the post on fire.\n\n"
            + "Two policemen were shot dead in Zaria, and eleven people have now been killed in both raids, a spokesman said.",
            "Kano|9; Zaria|2 / wave killed 11"
        },
        // "the attacks on two police stations" counts the posts such a series strikes (function_words.tsv struck_place), as
        // "attacked two villages" does: a wave, and its toll told before any member's town is the series'
        {
            "Toll of raids on police rises",
            "KADUNA, 2 March 2021 - The death toll from Monday night's attacks on two police stations in the north has risen to nine, officials said.\n\n"
            + "In Kano, gunmen shot dead five officers at the station.\n\n"
            + "In Zaria, four policemen died when the raiders set the station on fire.",
            "Kano|5; Zaria|4 / wave killed 9"
        },
        // a figure with no verb right before a total's words ("with the driver, six in the two attacks", "seven in all")
        // counts what the figure before it counted, for the whole series (CasualtyRecognizer: a total's continuation)
        {
            "Night attacks on police post and school",
            "KADUNA, 3 March 2021 - Gunmen stormed a police post in Kano and a bomb destroyed a school in Zaria within an hour of each other on Monday night, officials said.\n\n"
            + "In Kano, four policemen were killed.\n\nIn Zaria, the school's driver died in the blast.\n\n"
            + "A policeman wounded in Kano died on Wednesday. Police now put the dead at Kano at five; with the driver, six in the two attacks.",
            "Kano|5; Zaria|1 / wave killed 6"
        },
        // a round-up's item whose lead tells the series and names no member's town ("attacked two towns of X State"): its
        // figure is the series', not the first member's; a town after "the provincial capital" is a scene
        {
            "World news in brief",
            "World news in brief\n\nNIGERIA - Gunmen raid two towns in the north\n"
            + "Gunmen attacked two towns of Nigeria's Kano State on Monday, killing at least twelve people, officials said. "
            + "Fighters on motorbikes stormed the police post of Gwarzo before dawn, killing five officers. "
            + "An hour later another band opened fire on the cattle market in the provincial capital Kano, killing six traders.\n\n"
            + "GHANA - Floods close roads\nHeavy rain closed roads in the Volta region, officials said. No deaths were reported.",
            "Gwarzo|5; Kano|6 / wave killed 12"
        },
    };

    /// <summary>
    /// "Across both fires, two people were hurt" (waves.tsv total: "across both", the fires of a series of arsons): a
    /// figure of the whole series, no member's. Made-up article.
    /// </summary>
    [Fact]
    public void A_figure_across_both_fires_is_the_waves()
    {
        var reading = Read("Two police posts burned overnight",
            "KADUNA, 2 March 2021 - Attackers set fire to two police posts in the north on Monday night, officials said.\n\n"
            + "Shortly before midnight, men with fuel cans torched the police post of Kano.\n\n"
            + "About an hour later, the police post of Zaria was set alight.\n\n"
            + "Across both fires, two people were hurt, the police said.", new DateOnly(2021, 3, 2));
        var totals = string.Join(",", reading.Waves.SelectMany(w => w.Injured).Select(f => f.Value));
        var members = string.Join(",", reading.Reports.SelectMany(r => r.Injured).Select(f => f.Value));
        Assert.Equal("waves 1 / wave injured 2 / members injured ", $"waves {reading.Waves.Count} / wave injured {totals} / members injured {members}");
    }

    [Theory]
    [MemberData(nameof(SeriesTotals))]
    public void A_total_said_of_the_whole_series_is_the_waves(string title, string text, string expected)
    {
        var reading = Read(title, text, new DateOnly(2021, 3, 2));
        var reports = PlacesAndKilled(reading);
        var totals = string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value));
        Assert.Equal(expected, $"{reports} / wave killed {totals}");
    }

    /// <summary>
    /// title, text → each report as place|killed in order, "/ waves N" and the wave's own killed figures: the words a
    /// series is told in (waves.tsv kinds wave, apart, member, total), in paraphrases of our own.
    /// </summary>
    public static TheoryData<string, string, string> SeriesParaphrases => new()
    {
        {
            "Blasts in three towns",
            "KADUNA, 2 March 2021 - Three bombs exploded in quick succession at bus stations in Kano, Zaria and Jos on Monday, police said.\n\n"
            + "In Kano, six people were killed.\n\nIn Zaria, five people were killed.\n\nIn Jos, four people were killed.",
            "Kano|6; Zaria|5; Jos|4 / waves 1 / wave killed "
        },
        {
            "Attacks in the north",
            "KADUNA, 2 March 2021 - A string of attacks on police posts shook the north on Monday night, officials said.\n\n"
            + "In Kano, gunmen shot dead three officers.\n\nIn Zaria, two policemen were killed when raiders stormed the post.",
            "Kano|3; Zaria|2 / waves 1 / wave killed "
        },
        {
            "Death toll rises after attacks",
            "KADUNA, 2 March 2021 - Gunmen attacked a market in Kano and a church in Zaria on Sunday.\n\n"
            + "The combined toll of the two attacks rose to 14 on Monday, officials said.\n\n"
            + "In Kano, eight traders were shot dead.\n\nIn Zaria, six worshippers were killed.",
            "Kano|8; Zaria|6 / waves 1 / wave killed 14"
        },
        {
            "Nine dead in twin raids",
            "KADUNA, 2 March 2021 - Nine people were killed in the twin raids on Monday, police said.\n\n"
            + "In Kano, gunmen shot dead five farmers.\n\nIn Zaria, four villagers were killed.",
            "Kano|5; Zaria|4 / waves 1 / wave killed 9"
        },
        // a lead's toll written before the count of the places struck ("at two police posts"), the places spread after it
        // ("one in X and one on Y", the second unknown to the gazetteer): the wave's toll, not the one known town's
        {
            "Police posts bombed",
            "ACCRA, 2 March 2021 - Four police officers died and seven people were hurt early on Monday as bombs blew up outside two police posts, one in Hohoe and one on Tafi Isle.\n\n"
            + "The first device blew up at the gate of the post in Hohoe just before dawn. Three officers were killed.\n\n"
            + "Some forty minutes later a second device exploded outside the police post in Kpando. One constable was killed.",
            "Hohoe|3; Kpandu|1 / waves 1 / wave killed 4"
        },
        // a figure right before a place ("three in X") is that place's, though it follows a count of the posts struck; the
        // lone "one" of the next town in the same verbless list is that town's one dead (CasualtyRecognizer.BareOnesOfPlaces)
        {
            "Police posts bombed",
            "ACCRA, 2 March 2021 - Bombs blew up outside two police posts in the Volta region early on Monday, within forty minutes of each other.\n\n"
            + "Four officers were killed at the two posts, three in Hohoe and one in Kpando, the police said.",
            "Hohoe|3; Kpandu|1 / waves 1 / wave killed 4"
        },
        // one toll split without a verb of its own among two towns ("killing seven, five in X and two in Y") makes their
        // attacks one series, with no word of a series in the article: each town its part, the toll the wave's
        {
            "Two bombs in the north",
            "KADUNA, 2 March 2021 - Two bombs went off on Monday morning, killing seven people (five in Kano and two in Zaria), the police said.",
            "Kano|5; Zaria|2 / waves 1 / wave killed 7"
        },
        {
            "Villagers killed in night raids",
            "KADUNA, 2 March 2021 - Three villagers were killed in night raids on Monday, two in Kano and one in Zaria, the police said.",
            "Kano|2; Zaria|1 / waves 1 / wave killed 3"
        },
        // the split after the total, closed by a lone "one": each town its own dead, the total the wave's
        {
            "Checkpoints shelled",
            "KADUNA, 2 March 2021 - Mortar rounds hit two army checkpoints on Monday evening, within an hour of each other.\n\n"
            + "Six soldiers were killed at the two checkpoints, five in Kano and one in Zaria, an army officer said.",
            "Kano|5; Zaria|1 / waves 1 / wave killed 6"
        },
        // "back-to-back attacks" (kind wave); "between them" (kind total) counts the members together
        {
            "Villages attacked",
            "KADUNA, 2 March 2021 - Gunmen carried out back-to-back attacks on two villages on Monday night, police said.\n\n"
            + "In Kano, five farmers were killed.\n\nIn Zaria, three villagers were shot dead.\n\n"
            + "Between them, the two attacks left eight people dead.",
            "Kano|5; Zaria|3 / waves 1 / wave killed 8"
        },
        // "one after the other" (kind wave)
        {
            "Bombs at two markets",
            "KADUNA, 2 March 2021 - Bombs went off one after the other at markets in Kano and Zaria on Monday, police said.\n\n"
            + "In Kano, five traders were killed.\n\nIn Zaria, three shoppers died.",
            "Kano|5; Zaria|3 / waves 1 / wave killed "
        },
        // a lapse of hours or minutes (kind apart after a clock_unit), whatever count stands before the unit
        {
            "Raids on two towns",
            "KADUNA, 2 March 2021 - Raiders struck Kano and Zaria on Monday night, some three hours apart, the army said.\n\n"
            + "In Kano, six people were shot dead.\n\nIn Zaria, four villagers were killed.",
            "Kano|6; Zaria|4 / waves 1 / wave killed "
        },
        {
            "Bombs at two markets",
            "KADUNA, 2 March 2021 - Bombs hit markets in Kano and Zaria within 20 minutes of one another on Monday, police said.\n\n"
            + "In Kano, five traders were killed.\n\nIn Zaria, two people died.",
            "Kano|5; Zaria|2 / waves 1 / wave killed "
        },
        {
            "Two police posts raided",
            "KADUNA, 2 March 2021 - Gunmen raided two police posts on Monday night, within about forty minutes of each other, police said.\n\n"
            + "In Kano, three officers were shot dead at the post.\n\nIn Zaria, two policemen were killed.\n\n"
            + "A hospital source said seven people had died in all.",
            "Kano|3; Zaria|2 / waves 1 / wave killed 7"
        },
        // "a pair of bombings" (kind wave); the toll "from both attacks" (kind total) is the series'
        {
            "Bombs in two cities",
            "KADUNA, 2 March 2021 - A pair of bombings hit Kano and Zaria on Monday, police said.\n\n"
            + "In Kano, four people were killed at a market.\n\nIn Zaria, three people died at a bus stop.\n\n"
            + "The death toll from both attacks stood at seven.",
            "Kano|4; Zaria|3 / waves 1 / wave killed 7"
        },
        // the members told in turn by ordinals (kind member), the toll "in all" the series'
        {
            "Night of attacks in the north",
            "KADUNA, 2 March 2021 - Armed men carried out two attacks on Monday night, the army said.\n\n"
            + "The first hit the barracks at Kano, the second the police station in Zaria.\n\n"
            + "A hospital source said on Tuesday that six people had died in all and ten were wounded.",
            "Kano|0; Zaria|0 / waves 1 / wave killed 6"
        },
        // one ordinal a sentence (kind member): a sentence that opens on it tells one member, whatever its verb (OpensWithMember in TellsWaveMember)
        {
            "Two attacks in the north",
            "KADUNA, 2 March 2021 - Armed men carried out back-to-back attacks on Monday night, killing six people, the army said.\n\n"
            + "The first came at the barracks in Kano.\n\n"
            + "The second was at the police station in Zaria.",
            "Kano|0; Zaria|0 / waves 1 / wave killed 6"
        },
        // an ordinal that counts the legs of a match, not attacks: nothing was hit, no series and no attack
        {
            "Final dates set",
            "ACCRA, 2 March 2021 - The league confirmed the dates of the cup final on Monday.\n\n"
            + "The first leg will be played in Kumasi on Saturday, the second in Tamale a week later.",
            " / waves 0 / wave killed "
        },
    };

    [Theory]
    [MemberData(nameof(SeriesParaphrases))]
    public void A_series_told_in_other_words_is_one_wave_with_its_totals(string title, string text, string expected)
    {
        var reading = Read(title, text, new DateOnly(2021, 3, 2));
        var totals = string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value));
        Assert.Equal(expected, $"{PlacesAndKilled(reading)} / waves {reading.Waves.Count} / wave killed {totals}");
    }

    /// <summary>
    /// A series whose figures are only in a pipe table: each row its place's dead and wounded, the row labelled as the total
    /// (function_words.tsv total_label) the series' own, the attackers' column neither.
    /// </summary>
    [Fact]
    public void A_tables_total_row_gives_the_series_its_figures()
    {
        const string title = "Raiders attack two police stations";
        const string text = "Nairobi, 14/03/2024 - On the night of Tuesday to Wednesday, armed raiders carried out simultaneous attacks on the police stations of two towns in the north-east.\n\n"
                            + "The toll is set out below:\n\n| Station | Officers killed | Officers injured | Raiders killed |\n|---|---|---|---|\n"
                            + "| Mandera | 2 | 3 | 4 |\n| Wajir | 1 | 5 | 1 |\n| Total | 3 | 8 | 5 |";
        var reading = Read(title, text, new DateOnly(2024, 3, 14));

        Assert.Equal("Mandera|2; Wajir|1", PlacesAndKilled(reading));
        var wave = Assert.Single(reading.Waves);
        Assert.Equal((3, 8), (Best(wave.Killed), Best(wave.Injured)));
    }

    /// <summary>title, text → each report as place|responsibility|perpetrator in order.</summary>
    public static TheoryData<string, string, string> SeriesClaims => new()
    {
        // a claim that names every attack of the series ("claimed the two * operations", quotes passed over) is each
        // member's, also of the member whose own sentences said no one had claimed it yet
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Boko Haram (JAS, allied with no one) claimed the \"two glorious operations\" in a video.\n\n"
            + "In Zaria, no group had claimed the roadside bomb by Monday night.",
            "Kano|claimed|Boko Haram; Zaria|claimed|Boko Haram"
        },
        // the claimant is the group before a bracketed aside that names another group right before the claim
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Ansaru (a splinter faction, allied with Boko Haram) claimed both attacks in a video.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        // other words for a claim of the whole series: "own" as a claim verb, the present participle, the count alone
        // with the attacks left out after it ("claiming both, ...", "claimed them both")
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Ansaru issued a statement owning both attacks.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "A video from Ansaru claiming both, Kano and Zaria, was shared on Tuesday.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Ansaru claimed them both in a video.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Ansaru claimed the attacks of Kano and Zaria in a video.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        // a group's own claim ("said its fighters had carried out", "said its men were behind") whose clause goes on to a
        // count of the whole series and a plural noun for attacks (function_words.tsv kinds series_count, series_noun)
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "On Tuesday Ansaru said its fighters had carried out both attacks.\n\nIn Zaria, no group had claimed the roadside bomb by Monday night.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "In a video posted on Tuesday, Ansaru said its men were behind the two attacks.\n\nIn Zaria, no group had claimed the roadside bomb by Monday night.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "Ansaru, in a statement on Tuesday, said that its fighters staged both blessed raids.\n\nIn Zaria, no group had claimed the roadside bomb by Monday night.",
            "Kano|claimed|Ansaru; Zaria|claimed|Ansaru"
        },
        // the series named by "these" after its telling (claims.tsv "claimed these crimes", column series)
        {
            "Police and soldiers killed in two attacks in the north",
            "KADUNA, 2 March 2021 - Gunmen killed three policemen at a checkpoint in Kano and a roadside bomb killed two soldiers near Zaria on Monday, in two attacks within hours of each other, the army said.\n\n"
            + "The army notes that the so-called \"Sahel Dawn Front\" has claimed these crimes.\n\nIn Zaria, no group had claimed the roadside bomb by Monday night.",
            "Kano|claimed|Sahel Dawn Front; Zaria|claimed|Sahel Dawn Front"
        },
    };

    [Theory]
    [MemberData(nameof(SeriesClaims))]
    public void A_claim_of_the_whole_series_is_each_members(string title, string text, string expected)
    {
        var reading = Read(title, text, new DateOnly(2021, 3, 2));
        Assert.Equal(expected, string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{r.Responsibility}|{r.Perpetrator}")));
    }

    /// <summary>
    /// title, text → each report as place|site|killed in order, "/ waves N" and the wave's own killed and injured figures:
    /// attacks of one kind at sites of one town told apart (IncidentExtractor.SiteWave).
    /// </summary>
    public static TheoryData<string, string, string> SitesOfOneTown => new()
    {
        // two bombs at two named sites of one town: one incident a site with its own toll ("four at A, two at B"), the total
        // and the wounded "in the two blasts" the wave's
        {
            "Two bombs hit police checkpoints in Larkana",
            "LARKANA, 2 March 2021 - Two bombs went off at two police checkpoints in Larkana on Monday evening, police said.\n\n"
            + "At about 7 p.m. a bomb hidden in a parked cart exploded at the checkpoint at Teliwala Chowk. A few minutes later a second bomb blew up at the Bhandara Pul checkpoint near the canal.\n\n"
            + "Six people were killed in all: four at Teliwala Chowk and two at Bhandara Pul. Twelve people were wounded in the two blasts, a hospital official said.",
            "Larkana|Teliwala Chowk|4; Larkana|Bhandara Pul|2 / waves 1 / wave killed 6 / wave injured 12"
        },
        // the attacks numbered ("a second bomb"), each told at its named site with its own toll; the wounded of both the wave's
        {
            "Two bombs in Larkana",
            "LARKANA, 2 March 2021 - A bomb exploded outside a bank at Teliwala Chowk in Larkana on Monday, killing two guards.\n\n"
            + "Twenty minutes later a second bomb blew up at the Bhandara Pul checkpoint, killing a policeman.\n\n"
            + "Nine people were hurt in the two blasts, police said.",
            "Larkana|Teliwala Chowk|2; Larkana|Bhandara Pul|1 / waves 1 / wave killed  / wave injured 9"
        },
        // the sites counted, not named ("struck two checkpoints"), the attacks numbered ("the second bomb"): two incidents, the
        // figures all the wave's
        {
            "Blasts at two checkpoints in Larkana",
            "LARKANA, 2 March 2021 - Two bombs exploded at police checkpoints in Larkana on Monday evening, killing at least five people and wounding nine, police said.\n\n"
            + "The bombers struck two checkpoints on the edge of town, three kilometres from each other.\n\n"
            + "The second bomb went off as police ran towards the first, an officer said.",
            "Larkana||0; Larkana||0 / waves 1 / wave killed 5 / wave injured 9"
        },
        // one bomb told with a road and a square, a car's fuel tank blowing up after it at the same square: one incident, no wave
        {
            "Bomb kills three in Larkana",
            "LARKANA, 2 March 2021 - A bomb exploded on Canal Road near Teliwala Chowk in Larkana on Monday, killing three people, police said.\n\n"
            + "A second explosion, from the fuel tank of a burning car, followed minutes later at Teliwala Chowk.\n\n"
            + "The blast at Teliwala Chowk shattered the windows of nearby shops.",
            "Larkana||3 / waves 0 / wave killed  / wave injured "
        },
        // two sites named in one lead, each then told by its ordinal ("the first grenade", "a second device"), the second's
        // toll as "one more ... there": one incident a site with its own dead, the lead's toll the wave's; the town the
        // coaches run to is no scene (function_words.tsv kind route_noun)
        {
            "Grenades hit restaurant and bus park in Larkana",
            "LARKANA, 2 March 2021 - Attackers threw grenades into a restaurant and a bus park in Larkana on Monday night, killing four people, police said.\n\n"
            + "The first grenade landed among diners at the Sabz restaurant at about 9 p.m., an officer said.\n\n"
            + "\"Three men died in the restaurant. Ten minutes on, a second device went off at the crowded bus park, where people waited for the late coaches to Karachi. One more man was killed there,\" he said.",
            "Larkana||3; Larkana||1 / waves 1 / wave killed 4 / wave injured "
        },
        // a later page that names the two sites together after attacks in the plural: both sites' incidents of one wave; the toll
        // of the attacks "on a restaurant and a bus park" ("and" before "a" joins the sites, no new clause) is the wave's
        {
            "Larkana toll rises",
            "LARKANA, 2 March 2021 - The toll of the grenade attacks on a restaurant and a bus park in Larkana on Monday night rose to six, police said.\n\n"
            + "Police say one cell carried out both attacks.",
            "Larkana||0; Larkana||0 / waves 1 / wave killed 6 / wave injured "
        },
        // a second device found unexploded, or disarmed, struck no site (function_words.tsv kind unspent_word): one incident
        {
            "Grenade kills three in Larkana",
            "LARKANA, 2 March 2021 - A grenade thrown into a restaurant in Larkana on Monday night killed three diners, police said.\n\n"
            + "A second grenade was found unexploded in the market nearby an hour later.",
            "Larkana||3 / waves 0 / wave killed  / wave injured "
        },
        {
            "Bomb kills three in Larkana",
            "LARKANA, 2 March 2021 - A bomb exploded at a restaurant in Larkana on Monday night, killing three diners, police said.\n\n"
            + "Soldiers disarmed a second bomb at the market an hour later.",
            "Larkana||3 / waves 0 / wave killed  / wave injured "
        },
    };

    [Theory]
    [MemberData(nameof(SitesOfOneTown))]
    public void Attacks_at_sites_of_one_town_told_apart_are_one_wave(string title, string text, string expected)
    {
        var reading = Read(title, text, new DateOnly(2021, 3, 2));
        var reports = string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{r.Sublocation}|{Best(r.Killed)}"));
        var killed = string.Join(",", reading.Waves.SelectMany(w => w.Killed).Select(f => f.Value));
        var injured = string.Join(",", reading.Waves.SelectMany(w => w.Injured).Select(f => f.Value));
        Assert.Equal(expected, $"{reports} / waves {reading.Waves.Count} / wave killed {killed} / wave injured {injured}");
    }

    /// <summary>
    /// A lead that names both sites ("grenades into a cafe and a bus station") is shared by the sites' incidents, but each
    /// keeps only its own site's target from it: the cafe's incident is no attack on transport, the station's no attack on a business.
    /// </summary>
    [Fact]
    public void Each_site_keeps_only_its_own_targets_of_a_shared_lead()
    {
        var reading = Read("Grenades hit cafe and bus station in Larkana",
            "LARKANA, 2 March 2021 - Men threw grenades into a cafe and a bus station in Larkana on Monday night, killing four people, police said.\n\n"
            + "The first grenade landed among customers of the cafe at about 9 p.m., an officer said.\n\n"
            + "\"Three men died in the cafe. Ten minutes on, a second device went off at the bus station. One more man was killed there,\" he said.",
            new DateOnly(2021, 3, 2));
        var targets = string.Join("; ", reading.Reports.Select(r => $"{Best(r.Killed)}:{string.Join(",", r.Targets.Order())}"));
        Assert.Equal("3:business,civilians; 1:civilians,transportation", targets);
    }

    /// <summary>The reading of one article of our own words, its title prepended as a scraped page has it.</summary>
    private static ArticleReading Read(string title, string text, DateOnly published) =>
        ArticleAnalyzer.Default.Analyze(new Article("w", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: published)).Reading;

    /// <summary>Each report as place|best killed, in order: "Kano|3; Zaria|2".</summary>
    private static string PlacesAndKilled(ArticleReading reading) =>
        string.Join("; ", reading.Reports.Select(r => $"{r.Place?.Name ?? "?"}|{Best(r.Killed)}"));

    private static int Best(IReadOnlyList<CasualtyFigure> figures) =>
        figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).DefaultIfEmpty(0).Max();
}
