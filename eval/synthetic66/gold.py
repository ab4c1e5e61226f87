#!/usr/bin/env python3
"""Writes synthetic66.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_bitkine_mongo_world_in_brief", "a2_bitkine_mongo_army_communique",
     "b1_dila_radio_web_story", "b2_dila_victim_obituary",
     "c1_midyat_pipeline_business_news", "c2_midyat_what_we_know_qa",
     "d1_bir_el_ater_front_page_jump", "d2_bir_el_ater_embassy_advisory",
     "e1_tripoli_day_timeline", "e2_tripoli_video_fact_check",
     "f1_moncton_mock_drill"]
GAF = ["Guéra Awakening Front", "Guera Awakening Front", "GAF", "the Guéra Awakening Front",
       "Front du Réveil du Guéra", "FRG"]
UTDU = ["Upper Tigris Defence Units", "UTDU", "the Upper Tigris Defence Units", "Upper Tigris Defense Units"]
ESB = ["Eastern Steppe Battalion", "the Eastern Steppe Battalion", "Katibat al-Sahb al-Sharqi"]
BITKINE = ("TD", "Guéra", "Bitkine", 11.9801, 18.2138)
MONGO = ("TD", "Guéra", "Mongo", 12.18514, 18.6884)
MELFI = ("TD", "Guéra", "Melfi", 11.0598, 17.9355)
DILA = ("ET", "SNNPR", "Dīla", 6.41667, 38.31667)
YIRGA = ("ET", "SNNPR", "Yirga ‘Alem", 6.75, 38.41667)
MIDYAT = ("TR", "Mardin", "Midyat", 37.41908, 41.33909)
NUSAYBIN = ("TR", "Mardin", "Nusaybin", 37.07028, 41.21465)
BIRELATER = ("DZ", "Tébessa", "Bir el Ater", 34.74488, 8.06024)
AFLOU = ("DZ", "Laghouat", "Aflou", 34.11279, 2.10228)
TRIPOLI = ("LB", "Liban-Nord", "Tripoli", 34.43352, 35.84415)
HERMEL = ("LB", "Baalbek-Hermel", "El Hermel", 34.39417, 36.38472)
HALBA = ("LB", "Aakkâr", "Halba", 34.54278, 36.07972)
WAVE = "bitkine-mongo-guera-raids-2021-03-23"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Chad (Guéra): a dawn raid on the gendarmerie post of Bitkine and gunfire on the market of Mongo, one morning ---
    at("bitkine-gendarmerie-post-raid-2021-03-23", "2021-03-23", BITKINE,
       "armed_assault", GAF, "claimed", None, ["firearm"], ["police"], [],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Tuesday 23 March 2021 about 5 a.m.: gunmen on pick-ups and motorbikes stormed the gendarmerie post of "
            "Bitkine: 4 gendarmes killed. a1 (a wire service's 'World in brief' roundup of five countries, 24 March, "
            "'on Tuesday'): four gendarmes; a2 (the army general staff's communiqué reproduced in full, numbered "
            "points, 25 March): four gendarmes. Wounded only for the two sites together (21, on the group). The "
            "Guéra Awakening Front (invented) claimed both. The 14 assailants the army says it killed are no victims."),
    at("mongo-market-gunfire-2021-03-23", "2021-03-23", MONGO,
       "armed_assault", GAF, "claimed", None, ["firearm"], ["civilians"], ["business"],
       [7, 9], [6], [], [], S[0:2], group=WAVE, killed_best=7,
       note="Tuesday 23 March 2021 about 7 a.m. (two hours after Bitkine, about 60 km away): a second column fired on "
            "the Tuesday livestock market of Mongo. a1: the army said six civilians, a Mongo councillor nine; a2: "
            "seven (one of the wounded died during the night; 6 superseded, optional). best 7 (the army's latest)."),
    at("melfi-convoy-ambush-2021-02-02", "2021-02-02", MELFI,
       "armed_assault", GAF, "attributed", None, ["firearm"], ["military"], [], [3], [], [], [],
       ["a2_bitkine_mongo_army_communique"], optional=True,
       note="Background in a2 with its own date ('on 2 February'): an ambush on a supply convoy near Melfi, three "
            "soldiers killed, blamed on the same group. Must not lend 3 to March."),
    # --- Ethiopia (SNNPR): a grenade thrown into a coffee house by the bus station of Dila ----------------------------
    at("dila-bus-station-coffee-house-grenade-2006-06-16", "2006-06-16", DILA,
       "bombing", None, None, None, ["grenade"], ["civilians"], ["business", "transportation"],
       [4, 6, 7], [], [23], [], S[2:4], killed_best=7,
       note="Friday 16 June 2006 about 8:30 p.m.: a man threw a hand grenade into a crowded coffee house facing the bus "
            "station of Dila and ran off. b1 (a local FM station's web story with audio-player text, Saturday 17 "
            "June, 'last night'): the police said four killed, the staff of Dila hospital six; 23 wounded, the worst "
            "sent to Hawassa (hospital town, no scene). b2 (an obituary of a teacher wounded there who died at "
            "Hawassa on Wednesday 21 June, published Monday 26 June): the seventh death. injured_best unscored (one "
            "of the wounded died). Nobody named (perpetrator null). Background in b1: a grenade in a bar in Yirga "
            "Alem in March, nine wounded (optional)."),
    at("yirga-alem-bar-grenade-2006-03", "2006-03", YIRGA,
       "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [], [], [9], [],
       ["b1_dila_radio_web_story"], optional=True,
       note="Background in b1 ('in March'): a grenade thrown into a bar in Yirga Alem, nine wounded. Must not lend 9."),
    # --- Turkey (Mardin): a bomb at a pipeline valve station south-east of Midyat ------------------------------------
    at("midyat-pipeline-valve-station-bomb-2012-08-18", "2012-08-18", MIDYAT,
       "bombing", UTDU, "denied", None, ["ied"], ["utilities"], ["business", "civilians"],
       [3], [2], [4], [], S[4:6], killed_best=3, injured_best=4,
       note="Saturday 18 August 2012 about 3:10 a.m.: a bomb planted at a valve station of the (invented) Tigris-Ceyhan "
            "crude line near the (invented) village of Taşlıca, 'about 15 km south-east of Midyat' (coded at Midyat), "
            "was set off by remote control as a patrol of security guards passed: two guards killed on the spot, a "
            "third died in hospital in Mardin (hospital town, no scene) that night; four injured. c2 (a 'what we know "
            "so far' Q&A, Sunday 19 August: 'on Saturday'): first two dead (superseded, optional), then three; the "
            "governor's office blames the Upper Tigris Defence Units (invented), which deny it ('denied'). c1 (a "
            "business-news piece, Monday 20 August): 'Taşlıca, a village of the Midyat district'; pumping halted, three guards killed, figures of barrels and "
            "share prices incidental. Background in c2: a roadside bomb near Nusaybin on 14 May, two soldiers "
            "wounded (optional). A war-wide toll ('tens of thousands since 1984') is no toll."),
    at("nusaybin-roadside-bomb-2012-05-14", "2012-05-14", NUSAYBIN,
       "bombing", None, None, None, ["ied"], ["military"], [], [], [], [2], [],
       ["c2_midyat_what_we_know_qa"], optional=True,
       note="Background in c2 with its own date ('on 14 May'): a roadside bomb near Nusaybin wounded two soldiers."),
    # --- Algeria (Tébessa): gunmen attack a gendarmerie checkpoint 12 km from Bir el Ater ----------------------------
    at("bir-el-ater-gendarmerie-checkpoint-attack-2017-06-09", "2017-06-09", BIRELATER,
       "armed_assault", ESB, "attributed", None, ["firearm"], ["police"], [],
       [2], [], [4], [], S[6:8], killed_best=2, injured_best=4,
       note="Friday 9 June 2017 about 10:30 p.m. (after the iftar): gunmen fired on a gendarmerie checkpoint on the "
            "road to El Ma Labiodh, '12 km from Bir el Ater': 2 gendarmes killed, 4 injured, taken to Tébessa "
            "(hospital town, no scene); three attackers killed by the gendarmes (no victims). d1 (a regional daily's "
            "front-page story that jumps to page 4, Saturday 10 June: 'last night'); the authorities blame the "
            "Eastern Steppe Battalion (invented): 'attributed'. d2 (an embassy travel-advisory update, 28 November "
            "2017, months later): 'On 9 June, two gendarmes were killed ... near Bir el Ater'. Background in d2: a "
            "checkpoint shooting near Aflou on 3 September (optional)."),
    at("aflou-checkpoint-shooting-2017-09-03", "2017-09-03", AFLOU,
       "armed_assault", None, None, None, ["firearm"], ["military"], [], [1], [], [], [],
       ["d2_bir_el_ater_embassy_advisory"], optional=True,
       note="Background in d2 with its own date ('on 3 September'): a soldier shot dead at a checkpoint near Aflou."),
    # --- Lebanon: a bomb outside a money-exchange shop in Tripoli; the same day, unrelated, shots at the army in Hermel -
    at("tripoli-exchange-shop-bomb-2024-02-15", "2024-02-15", TRIPOLI,
       "bombing", None, None, None, ["explosive"], ["civilians", "business"], [],
       [7], [2, 5], [31], [20], S[8:10], killed_best=7, injured_best=31,
       note="Thursday 15 February 2024 about 8:05 a.m.: a bomb hidden in a vegetable cart exploded outside a "
            "money-exchange shop in a souk street of Tripoli (northern Lebanon; the name is shared with the Libyan "
            "capital). e1 (a 'how the day unfolded' timeline with clock times and no dates, published the same "
            "day): 2 dead at 08:40, 5 at 11:15, 7 dead and 31 injured at 18:30 (2, 5 superseded; 'about 20 injured' "
            "at 10:00 superseded: optional). e2 (a fact-check, Saturday 17 February): the video shared as Thursday's "
            "blast is from a car bomb in Halba on 4 July 2019; gives Thursday's 7 dead, 31 injured. Nobody claimed."),
    at("hermel-army-checkpoint-shooting-2024-02-15", "2024-02-15", HERMEL,
       "armed_assault", None, None, None, ["firearm"], ["military"], [],
       [1], [], [2], [], ["e1_tripoli_day_timeline"], killed_best=1, injured_best=2,
       note="Thursday 15 February 2024 at 14:40 (the timeline's clock time, same day): gunmen in a pick-up fired on "
            "an army checkpoint at the entrance of El Hermel: one soldier killed, two injured. Unrelated to Tripoli "
            "(the army says so): no group."),
    at("halba-car-bomb-2019-07-04", "2019-07-04", HALBA,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians"], [], [3], [], [], [],
       ["e2_tripoli_video_fact_check"], optional=True,
       note="Background in e2 with its own date (4 July 2019): the car bomb in Halba whose video was re-shared as "
            "Tripoli's; three killed. Must not lend 3 to Tripoli."),
]
groups = [dict(id=WAVE, members=["bitkine-gendarmerie-post-raid-2021-03-23", "mongo-market-gunfire-2021-03-23"],
               killed=[11], killed_optional=[10], injured=[21], injured_optional=[],
               note="Two raids the same morning in two towns of Guéra, claimed together: one wave. a1 'at least ten' "
                    "killed (before the overnight death, optional), a2 eleven; 21 wounded for the two together.")]
gold = dict(about="Hand-coded reference for eval/synthetic66/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_moncton_mock_drill: a mock emergency drill at a Moncton bus terminal with a simulated "
                           "'explosion' and volunteer 'casualties': no attack, no incident.",
                           "a1_bitkine_mongo_world_in_brief: the other four countries' items (a flood, a blizzard, a "
                           "strike, an election) are no incidents; a yearly regional toll is no toll.",
                           "a2_bitkine_mongo_army_communique: the 14 assailants killed are no victims.",
                           "c1_midyat_pipeline_business_news: barrels, percentages and share prices are no figures.",
                           "c2_midyat_what_we_know_qa: the war-wide toll since 1984 is no toll.",
                           "d1_bir_el_ater_front_page_jump: the other front-page stories are no attacks; the three "
                           "attackers killed are no victims.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic66.gold.json"), "w"), indent=1, ensure_ascii=False)
