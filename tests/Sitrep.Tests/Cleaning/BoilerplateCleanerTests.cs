using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

public class BoilerplateCleanerTests
{
    private const string Title = "Floods cut off mountain villages";

    /// <summary>name → (original text, cleaned text). The article's title is <see cref="Title"/>.</summary>
    private static readonly Dictionary<string, (string Original, string Cleaned)> Cases = new()
    {
        ["a log's text cell wrapped onto rows whose other cells are empty goes on its record"] = (
            "Roads were washed away.\n\n0101 | 04/05/2026 | 10:05 | OPS | Bridge at the ford\n     |            |       |     | closed, use the pass.\n0102 | 04/05/2026 | 11:00 | OPS | Pass open.",
            "Roads were washed away.\n\n0101 | 04/05/2026 | 10:05 | OPS | Bridge at the ford closed, use the pass.\n0102 | 04/05/2026 | 11:00 | OPS | Pass open."),
        ["a table with outer bars keeps its closing bar after the wrapped cell"] = (
            "Roads were washed away and the river rose above the old bridge at the ford, the council said on Monday in a notice to all residents.\n\n| Time | Desk | Message |\n| 10:05 | ops | Two houses at the ford |\n| | | flooded, families moved. |\n| 11:00 | ops | Pass open. |",
            "Roads were washed away and the river rose above the old bridge at the ford, the council said on Monday in a notice to all residents.\n\n| Time | Desk | Message |\n| 10:05 | ops | Two houses at the ford flooded, families moved. |\n| 11:00 | ops | Pass open. |"),
        ["a row whose first cell has text opens a record of its own"] = (
            "Roads were washed away.\n\nDay | Town | Note\nMon | Elmwood | bridge shut\nTue |  | pass shut",
            "Roads were washed away.\n\nDay | Town | Note\nMon | Elmwood | bridge shut\nTue |  | pass shut"),
        // (the second "|-" goes as any repeated line does)
        ["a wiki table written a cell per line has each row's cells on one line, a cell like another row's kept"] = (
            "Roads were washed away.\n\n{| class=\"wikitable\"\n! Day\n! Town\n|-\n| Mon\n| Elmwood\n| ?\n|-\n| Tue\n| Ashby\n| ?\n|}",
            "Roads were washed away.\n\n{| class=\"wikitable\"\n! Day !! Town\n|-\n| Mon || Elmwood || ?\n\n| Tue || Ashby || ?\n|}"),
        ["cell lines outside a wiki table's markup stay apart"] = (
            "Roads were washed away.\n\n| Mon\n| Elmwood",
            "Roads were washed away.\n\n| Mon\n| Elmwood"),
        ["nothing to clean"] = ("Floods cut off mountain villages\n\nRoads were washed away.", "Floods cut off mountain villages\n\nRoads were washed away."),
        ["title repeated at the start"] = ("Floods cut off mountain villages\n\nFloods cut off mountain villages\n\nRoads were washed away.",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        ["title repeated at the end"] = ("Floods cut off mountain villages\n\nRoads were washed away.\n\nFloods cut off mountain villages\n\nFLOODS  CUT OFF\u00a0MOUNTAIN VILLAGES\n",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        ["a repeated line"] = ("Floods cut off mountain villages\n\nWhat we know\n\nRoads were washed away.\n\nWhat we know", "Floods cut off mountain villages\n\nWhat we know\n\nRoads were washed away."),
        ["reading time"] = ("3 min read\n\nFloods cut off mountain villages\n\nRoads were washed away.", "Floods cut off mountain villages\n\nRoads were washed away."),
        ["share widgets"] = ("Floods cut off mountain villages\nShare\nTweet\nShare this article!\n\nRoads were washed away.\n\nShare this story:\nEmail",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        ["comment section to the end"] = ("Roads were washed away.\n\n\nLeave a Reply\n\nFill in your details below to sign in: Logo\n\nThe bridge held.\n\nConnecting to %s",
            "Roads were washed away."),
        ["comment form lines alone"] = ("Roads were washed away.\nFill in your details below, then press send\nYou are commenting using your Blog account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)\nLog Out /\u00a0 Change )\nConnecting to %s\nTwitter picture",
            "Roads were washed away."),
        ["readers' comments under their heading and count, to the end"] = ("Roads were washed away.\n\nComments (4) | Log in to comment\n\nAmir: my uncle says ten drowned.\n\nThe bridge held.",
            "Roads were washed away."),
        ["a social post's comment thread from its sorter, to the end"] = ("Roads were washed away.\n\nLike · Comment · Share\n\nMost relevant ▾\n\nJo B.\nten dead they say\n1 h · Like · Reply",
            "Roads were washed away.\n\nLike · Comment · Share"),
        ["a correction under readers' comments stays"] = ("Roads were washed away.\n\n3 comments\n\nLeave a comment\n\nAmir: my uncle says ten drowned.\n\nCorrection, 4 May: an earlier version said the bridge fell.\n\nThe bridge held.",
            "Roads were washed away.\n\nCorrection, 4 May: an earlier version said the bridge fell.\n\nThe bridge held."),
        ["a sentence that opens on comments stays"] = ("Roads were washed away.\nComments from the mayor came late.\nThe bridge held.",
            "Roads were washed away.\nComments from the mayor came late.\nThe bridge held."),
        ["mobile version and next story"] = ("Roads were washed away.\n\nExit mobile version\n\nThe bridge held.\nLoad Next Story\nA different story about elections.",
            "Roads were washed away.\n\nThe bridge held."),
        ["advertisement, read more, related"] = ("Roads were washed away.\nAdvertisement\nRead more\nRelated: Storm season starts early\nRead more: Why the river rose\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["trending topics of a social site, each with its count of posts"] = ("Roads were washed away.\n\nWhat people talk about here\n#RiverWatch · 12.1K posts\nHilltown market stabbing · 3,400 posts\n\nThe bridge held.",
            "Roads were washed away.\n\nWhat people talk about here\n\nThe bridge held."),
        ["headlines listed under a related heading"] = ("Roads were washed away.\n\nMost read\n\nGunmen attack a border post in the hills\n\nMinisters meet on river levels\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a bare 'Latest' heading"] = ("Roads were washed away.\n\nLatest\n- Hail flattens barley on the upper plain\n- Valley news: gunman wounds two at a depot, police say\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        // a heading of links right under another list's headlines heads a list of its own: its headlines are dropped too,
        // however many lines the list above it took
        ["a heading of links that follows another list heads its own"] = ("Roads were washed away.\n\nRead more:\n- Ferry fares rise again\n- Opinion: who pays for the levees?\n- Hill town: the market reopens\n- Photos: the flooded valley\n- Explainer: why the dam matters\n\nGet our morning newsletter\n[Email address] [Sign up]\n\nTOP STORIES\n1. Hail flattens barley on the upper plain\n2. Gunmen kill a herder on the ridge road\n3. Lottery jackpot rolls over\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a line that opens on 'Latest' and goes on stays"] = ("Roads were washed away.\nLatest figures show the river is falling.\nThe bridge held.",
            "Roads were washed away.\nLatest figures show the river is falling.\nThe bridge held."),
        ["headlines listed under related items of a named record"] = ("Roads were washed away.\n\nRelated items in the Gazette\n- Notice 41: grazing rights on the east bank\n- Notice 40: tolls on the ridge road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a bulleted headline that asks a question stays in the list"] = ("Roads were washed away.\n\nRelated stories\n- Hill town: ferry fares rise again\n- Opinion: who should pay for the levees?\n- Coast: bandits stab a trader at the fish market\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["bulleted briefs with their stop under a heading of news from elsewhere"] = ("Roads were washed away.\n\n\U0001F310 AROUND THE REGION (from the wires)\n\u2022 Two hurt in a knife fight at a fair in another county, police say.\n\u2022 Bandits rob a bus on the coast road.\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a monitor's earlier numbers under their heading"] = ("Roads were washed away.\n\nPREVIOUS MONITORS\nNo. 8 \u2014 May 2025: Raids on hill villages\nNo. 7 \u2014 April 2025: Ambush on the quarry road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a question after an unbulleted list is the article's own"] = ("Roads were washed away.\n\nMost read\nFerry fares rise again\nWho will pay for the levees?\n\nThe bridge held.",
            "Roads were washed away.\n\nWho will pay for the levees?\n\nThe bridge held."),
        ["headlines listed under a heading of what the reader missed"] = ("Roads were washed away.\n\nYOU MIGHT HAVE MISSED\nBandits raid a dairy farm near the ridge\nTwo herders shot dead on the plateau road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of the region's other news"] = ("Roads were washed away.\n\nElsewhere in the region:\nGunmen burn a clinic in a hill village\nOur other reports\nMarket fire guts forty stalls\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of the outlet's earlier issues"] = ("Roads were washed away.\n\nEarlier bulletins\nBulletin 7/2024: Nine guards shot dead near a quarry, police say\nBulletin 6/2024: Dam breach floods two hamlets",
            "Roads were washed away."),
        ["headlines listed under a heading of a consultancy's earlier briefs"] = ("Roads were washed away.\n\nPrevious briefs:\n• Weekly 14/2024: two guards wounded at a quarry\n• Weekly 13/2024: a quiet week on the coast\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of recent briefs"] = ("Roads were washed away.\n\nRecent briefs\n- No. 9: gunmen rob a bus on the north road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a sentence about earlier briefs stays"] = ("Roads were washed away.\nPrevious briefs warned of the rains.\nThe bridge held.",
            "Roads were washed away.\nPrevious briefs warned of the rains.\nThe bridge held."),
        ["a sentence that opens with earlier issues stays"] = ("Roads were washed away.\nPrevious issues of the bulletin warned of the rains.\nThe bridge held.",
            "Roads were washed away.\nPrevious issues of the bulletin warned of the rains.\nThe bridge held."),
        ["headlines listed under a heading of a section's news"] = ("Roads were washed away.\n\nMORE WEATHER NEWS\nHail flattens barley on the upper plain\nFerry to the islands cancelled again\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of earlier issues"] = ("Roads were washed away.\n\nPrevious bulletins\nNo. 12: Ferry sinks off the cape, six missing\nNo. 11: Dam repairs start\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a sentence that opens like such a heading stays"] = ("Roads were washed away.\nElsewhere in the region, the rain eased on Tuesday.\nThe bridge held.",
            "Roads were washed away.\nElsewhere in the region, the rain eased on Tuesday.\nThe bridge held."),
        ["headlines listed under read more"] = ("Roads were washed away.\n\nRead more:\n> Hill town: two guards shot dead at a depot\n> Ferry fares rise again\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under the outlet's name"] = ("Roads were washed away.\n\nAlso on Valley Post:\n» Bomb kills three on the ridge road\n» Dairy prices fall\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of an institution's other releases"] = ("Roads were washed away.\n\nOther press releases\n- 3 May 2024: Mine clearance goes on in the hill district\n- 1 May 2024: The minister meets the envoy\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading of an office's earlier releases"] = ("Roads were washed away.\n\nPrevious press releases\n- PR/2024/0077: Ferry timetable for the holiday (2 May 2024)\n- PR/2024/0071: Two held after a brawl at the quay (28 April 2024)\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a radio's earlier reviews of the papers"] = ("Roads were washed away.\n\nPast press reviews\n- Monday 6 May: Three hurt in a brawl outside a dance hall, papers say\n- Friday 3 May: Council votes on the harbour fees\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a sentence that opens with earlier releases stays"] = ("Roads were washed away.\nEarlier press releases said the road was open.\nThe bridge held.",
            "Roads were washed away.\nEarlier press releases said the road was open.\nThe bridge held."),
        ["headlines listed under a numbered heading of related items"] = ("Roads were washed away.\n\n3. RELATED ITEMS IN THIS DIGEST\n- 0412-03: Claim of a mortar strike on a hill fort, unverified\n- 0409-01: Traders warned in the river market\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a digest's own contents listed under a heading"] = ("Roads were washed away.\n\nIn this edition\n- Ferry fares rise again\n- Gunmen rob a bus on the pass road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a markdown heading of earlier issues"] = ("Roads were washed away.\n\n## Past editions\n- No. 8: bandits raid a dairy farm on the ridge\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a markdown heading of the page's own stays"] = ("Roads were washed away.\n\n## What the mayor said\n- The levees will be raised\n\nThe bridge held.",
            "Roads were washed away.\n\n## What the mayor said\n- The levees will be raised\n\nThe bridge held."),
        ["a markdown heading printed twice stays a second time"] = ("# Floods cut the valley road\nThe weekly, issue 4.\n# Floods cut the valley road\nRoads were washed away.\n# Floods cut the valley road",
            "# Floods cut the valley road\nThe weekly, issue 4.\n# Floods cut the valley road\nRoads were washed away."),
        ["a plain line printed twice is dropped the second time"] = ("Floods cut the valley road\nThe weekly, issue 4.\nFloods cut the valley road\nRoads were washed away.",
            "Floods cut the valley road\nThe weekly, issue 4.\n\nRoads were washed away."),
        ["headlines listed under a heading of links numbered in roman figures"] = ("Roads were washed away.\n\nIV. See also\n- Gunmen rob a bus on the pass road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a numbered heading of the report's own stays"] = ("Roads were washed away.\n\n2. What the post says\n- The group claims the bridge attack\n\nThe bridge held.",
            "Roads were washed away.\n\n2. What the post says\n- The group claims the bridge attack\n\nThe bridge held."),
        ["headlines listed under a heading of related alerts"] = ("Roads were washed away.\n\nRelated alerts\n- Alert 4/2024: traders beaten at the river market\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under the outlet's name without a colon"] = ("Roads were washed away.\n\nAlso on Valley Post\n- Bomb kills three on the ridge road\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a sentence about other statements stays"] = ("Roads were washed away.\nOther statements from the ministry blamed the rain.\nThe bridge held.",
            "Roads were washed away.\nOther statements from the ministry blamed the rain.\nThe bridge held."),
        ["headlines listed under today's other live pages"] = ("Roads were washed away.\n\nAlso live today\n· Port strike: gunfire near the docks\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under related episodes"] = ("Roads were washed away.\nRelated episodes:\n» Morning show, 2 May: a drone over the pass\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading in another language"] = ("Roads were washed away.\n\nBaca Juga:\nGunmen burn a kiosk in the hills\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under a heading translated word for word"] = ("Roads were washed away.\n\nTo read also\n- Hill town: a guard shot dead at a depot\n- Ferry fares rise again\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["headlines listed under another translated heading"] = ("Roads were washed away.\n\nTo see too:\n• Bandits rob a bus near the pass\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["tags and topics lines"] = ("Roads were washed away.\nTags: Hill town, grenade, police\nTOPICS: valley | IED\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["a sentence about the tags stays"] = ("Roads were washed away.\nTags on the cars were checked.\nAlso on Monday, the bridge held.",
            "Roads were washed away.\nTags on the cars were checked.\nAlso on Monday, the bridge held."),
        ["site menu of short items"] = ("News | Regions | Climate | Sport | Opinion\nFloods cut off mountain villages\n\nRoads were washed away.", "Floods cut off mountain villages\n\nRoads were washed away."),
        ["a table's header of words over rows with as many bars is no menu"] = ("Roads were washed away.\n\nDate | Village | Homes lost | Families moved\n3 May | Hillside | 40 | 12\n4 May | Lowford | 15 | 6",
            "Roads were washed away.\n\nDate | Village | Homes lost | Families moved\n3 May | Hillside | 40 | 12\n4 May | Lowford | 15 | 6"),
        ["site menu over a line with fewer bars"] = ("News | Regions | Climate | Sport | Opinion\nUpdated 3 May 2024 | 10:05\nFloods cut off mountain villages\n\nRoads were washed away.",
            "Updated 3 May 2024 | 10:05\nFloods cut off mountain villages\n\nRoads were washed away."),
        ["a title with one pipe stays"] = ("Floods cut off mountain villages | Regions\n\nRoads were washed away.", "Floods cut off mountain villages | Regions\n\nRoads were washed away."),
        ["newsletter and cookies"] = ("Roads were washed away.\n\nSign up for our weekly newsletter\n\nWe use cookies to give you the best experience.\n\nAccept cookies\n\nThe bridge held.",
            "Roads were washed away.\n\nThe bridge held."),
        ["PHOTO credit after a caption"] = ("Roads were washed away.\n\nVillagers wade through the main street on Monday. PHOTO: AFP\n\nThe bridge held.",
            "Roads were washed away.\n\nVillagers wade through the main street on Monday.\n\nThe bridge held."),
        ["photo courtesy credit after a caption"] = ("\u00a0The flooded square at noon. Photo courtesy of river.watch.\n",
            "The flooded square at noon."),
        ["Reuters credit after a caption and alone"] = ("Rescuers carry a child to a boat. (Reuters)\n(Reuters)\nBEIRUT (Reuters) - Rescuers worked overnight.",
            "Rescuers carry a child to a boat.\n\nBEIRUT (Reuters) - Rescuers worked overnight."),
        ["Reuters photographer credit"] = ("Smoke over the hills. REUTERS/Jane Roe", "Smoke over the hills."),
        ["Getty Images credits"] = ("A boat on the flooded road. Jane Roe/Getty Images\nThe square at dawn. AFP via Getty Images\nAn aerial view. (Getty Images)",
            "A boat on the flooded road.\nThe square at dawn.\nAn aerial view."),
        ["a credit alone on its line"] = ("The square at dawn.\nPHOTO: AFP\nRoads were washed away.", "The square at dawn.\n\nRoads were washed away."),
        ["agencies named in prose stay"] = ("The minister told Reuters.\nThe photo: a lorry on its side.\nHe spoke to AFP by phone...", "The minister told Reuters.\nThe photo: a lorry on its side.\nHe spoke to AFP by phone..."),
        ["teaser with bracketed ellipsis"] = ("Floods cut off mountain villages\n\nGENEVA: Heavy rain since Friday has cut off dozens of [\u2026]\n\nGENEVA: Heavy rain since Friday has cut off dozens of villages in the north.",
            "Floods cut off mountain villages\n\nGENEVA: Heavy rain since Friday has cut off dozens of villages in the north."),
        ["teaser with dots"] = ("Heavy rain since Friday has cut off...\nMore below.\nHeavy rain since Friday has cut off dozens of villages.",
            "More below.\nHeavy rain since Friday has cut off dozens of villages."),
        ["ellipsis that is no teaser stays"] = ("He paused and said: we will rebuild...\n\nThe bridge held.", "He paused and said: we will rebuild...\n\nThe bridge held."),
        ["lone dateline stays"] = ("Floods cut off mountain villages\n\nKATHMANDU:\n\u00a0\n\nHeavy rain since Friday.", "Floods cut off mountain villages\n\nKATHMANDU:\n\nHeavy rain since Friday."),
        ["blank and no-break lines"] = ("\n\u00a0\n  Roads were washed away.  \n\u200b\n\t\n", "Roads were washed away."),
        ["windows line ends"] = ("Floods cut off mountain villages\r\n\r\nRoads were washed away.\r\nThe bridge held.\r\n3 min read\r\n",
            "Floods cut off mountain villages\n\nRoads were washed away.\nThe bridge held."),
        ["everything is boilerplate"] = ("Share\nTweet\n", ""),
        ["hard-wrapped paragraphs become one line each"] = (
            "   THE RIVER ROSE TWO METRES OVERNIGHT AND CUT THE ROAD TO THE THREE\nVILLAGES OF THE VALLEY, THE REGIONAL OFFICE SAID ON FRIDAY MORNING.\n\n" +
            "   CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL,\nBUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS IT.\n" +
            "SCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN.",
            "THE RIVER ROSE TWO METRES OVERNIGHT AND CUT THE ROAD TO THE THREE VILLAGES OF THE VALLEY, THE REGIONAL OFFICE SAID ON FRIDAY MORNING.\n\n" +
            "CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL, BUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS IT. " +
            "SCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN."),
        ["wire header apart from the first sentence"] = ("HARBOUR TOWN, 5 MAR 91 (RADIO NORTE) -- [TEXT] THE BRIDGE WAS CLOSED. [PASSAGE OMITTED] IT OPENS MONDAY.",
            "HARBOUR TOWN, 5 MAR 91 (RADIO NORTE)\nTHE BRIDGE WAS CLOSED.\nIT OPENS MONDAY."),
        ["a bracketed name in a sentence stays"] = ("MEMBERS OF THE RIVER FRONT [RF] CLOSED THE BRIDGE -- THE ONLY ONE -- ON 5 MAR.",
            "MEMBERS OF THE RIVER FRONT [RF] CLOSED THE BRIDGE -- THE ONLY ONE -- ON 5 MAR."),
        ["wire header with notes and no dashes"] = ("HARBOUR TOWN, 5 MAR 91 (RADIO NORTE) [A REPORTER] [TEXT] THE BRIDGE WAS CLOSED.",
            "HARBOUR TOWN, 5 MAR 91 (RADIO NORTE)\nTHE BRIDGE WAS CLOSED."),
        // the header's notes wrapped onto the next line: they go, and the first sentence still stands apart from the header
        ["wire header whose notes wrap onto the next line"] = (
            "RIVERTON, 5 MAR 91 (RADIO NORTE) -- [REPORT]\n[A STAFF REPORTER] [TEXT] THE RIVER ROSE TWO METRES AND CUT THE\nROAD TO THE THREE VILLAGES OF THE VALLEY, THE REGIONAL OFFICE SAID.\n\n" +
            "   CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL,\nBUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS IT.\n" +
            "SCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN.",
            "RIVERTON, 5 MAR 91 (RADIO NORTE)\nTHE RIVER ROSE TWO METRES AND CUT THE ROAD TO THE THREE VILLAGES OF THE VALLEY, THE REGIONAL OFFICE SAID.\n\n" +
            "CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL, BUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS IT. " +
            "SCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN."),
        // an editor's gloss in capitals that opens a wrapped line goes; the sentence runs on
        ["a gloss at the start of a wrapped line"] = (
            "   CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL OF THE RF\n[RIVER FRONT] BUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS\n" +
            "IT ON SATURDAY, THE REGIONAL OFFICE FOR THE VALLEY SAID IN A STATEMENT.\nSCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN AGAIN, THE OFFICE ADDED.",
            "CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL OF THE RF BUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS " +
            "IT ON SATURDAY, THE REGIONAL OFFICE FOR THE VALLEY SAID IN A STATEMENT. SCHOOLS STAY CLOSED UNTIL THE WATER GOES DOWN AGAIN, THE OFFICE ADDED."),
        ["numbers before a dash are no header"] = ("TWO MEN -- AGED 30 AND 41 -- CLOSED THE BRIDGE.", "TWO MEN -- AGED 30 AND 41 -- CLOSED THE BRIDGE."),
        // a wire's write-through note: the editor's list of what this version changed, no sentence of the story
        ["write-through note"] = ("Floods cut off mountain villages\n\n(Updates with the governor's comment in paragraph 4, raises number of villages cut off to 12 from 8)\n\nRoads were washed away.",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        ["a bracketed sentence of the story stays"] = ("Floods cut off mountain villages\n\n(Adding to the damage, a bridge fell on Friday.)\n\nRoads were washed away.",
            "Floods cut off mountain villages\n\n(Adding to the damage, a bridge fell on Friday.)\n\nRoads were washed away."),
        // the other parts of a series, listed under a heading that ends the series' own sentence
        ["a series' other chapters"] = ("Floods cut off mountain villages\n\nRoads were washed away.\n\nThis report is the second of our series on the valley. Earlier instalments:\n- Upper valley: a school shut by the landslide\n- The dam: bomb threat empties the power station",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        // a teaser for the next story after an arrow, repeated down the page
        ["next-story teaser with an arrow"] = ("Floods cut off mountain villages\n\nREAD NEXT \u25b8 Gunmen rob a bank in the capital\n\nRoads were washed away.\n\nUp next \u25ba Gunmen rob a bank in the capital",
            "Floods cut off mountain villages\n\nRoads were washed away."),
        // a forum's list of similar threads
        ["similar threads"] = ("Floods cut off mountain villages\n\nRoads were washed away.\n\nSIMILAR THREADS\n- Bomb blast on the ring road, 2 dead? (12 replies)\n- Bridge repairs when? (4 replies)",
            "Floods cut off mountain villages\n\nRoads were washed away."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Removes_boilerplate_and_keeps_offsets_true(string name)
    {
        var (original, cleaned) = Cases[name];
        var document = BoilerplateCleaner.Clean(new Article("a", original, Title));

        Assert.Equal(cleaned, document.Text);
        CleanedText.AssertMapsBack(document);
    }

    [Fact]
    public void Kept_text_is_verbatim_and_evidence_points_into_the_original()
    {
        const string Original = "Floods cut off mountain villages\n\nShare\n\nAt least  12 people\u00a0died, officials said.";
        var document = BoilerplateCleaner.Clean(new Article("a", Original, Title));

        var at = document.Text.IndexOf("12 people", StringComparison.Ordinal);
        var evidence = document.Evidence("killed", new TextSpan(at, at + "12 people\u00a0died".Length));

        Assert.Equal("12 people\u00a0died", evidence.Quote);
        Assert.Equal(Original.IndexOf("12 people", StringComparison.Ordinal), evidence.Start);
    }

    [Fact]
    public void Rules_can_be_given_instead_of_the_data_file()
    {
        var rules = new BoilerplateRules([BoilerplateRule.Create("Sponsored by*", "drop_rest")]);
        var document = BoilerplateCleaner.Clean(new Article("a", "Body.\nSponsored by a bank\nMore.\nShare"), rules);
        Assert.Equal("Body.", document.Text);
    }
}
