#!/usr/bin/env python3
"""Writes synthetic54.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_niassa_wire_update2", "a2_niassa_magazine_long_read",
     "b1_hilla_national_daily_print", "b2_hilla_anniversary_feature",
     "c1_mardan_police_statement", "c2_mardan_ngo_press_release",
     "d1_gambela_ministry_statement", "d2_gambela_regional_paper",
     "e1_carmen_live_blog", "e2_carmen_wire_factbox",
     "f1_timmins_radio_story"]
ANSAR = ["Ansar al-Lago", "Supporters of the Lake", "the Supporters of the Lake", "Ansar al Lago",
         "Ansar al-Lago (Supporters of the Lake)"]
TIK = ["Tehreek-e-Inteqam Khyber", "TIK", "Tehrik-e-Inteqam Khyber", "the Tehreek-e-Inteqam Khyber",
       "Tehreek-e-Inteqam Khyber (TIK)"]
BRLA = ["Baro River Liberation Army", "BRLA", "the Baro River Liberation Army", "Baro River Liberation Army (BRLA)"]
MANDIMBA = ("MZ", "Niassa", "Mandimba", -14.3525, 35.65056)
CUAMBA = ("MZ", "Niassa", "Cuamba", -14.80306, 36.53722)
LICHINGA = ("MZ", "Niassa", "Lichinga", -13.31278, 35.24056)
HILLA = ("IQ", "Bābil", "Al Ḩillah", 32.46367, 44.41963)
MUSAYYIB = ("IQ", "Bābil", "Al Musayyib", 32.77872, 44.29005)
MARDAN = ("PK", "Khyber Pakhtunkhwa", "Mardan", 34.19794, 72.04965)
CHARSADDA = ("PK", "Khyber Pakhtunkhwa", "Charsadda", 34.14822, 71.7406)
GAMBELA = ("ET", "Gambela", "Gambēla", 8.25, 34.58333)
CARMEN = ("PH", "Soccsksargen", "Carmen", 7.20444, 124.79167)
PIKIT = ("PH", "Soccsksargen", "Pikit", 7.05444, 124.67194)
TACURONG = ("PH", "Soccsksargen", "Tacurong", 6.6925, 124.67639)
WAVE = "niassa-mandimba-cuamba-night-attacks-2022-09-17"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Mozambique (Niassa): one night, a police post in Mandimba and the railway station of Cuamba ------------------
    at("mandimba-police-post-attack-2022-09-17", "2022-09-17", MANDIMBA,
       "armed_assault", ANSAR, "claimed", None, ["firearm", "knife", "fire"], ["police", "government"],
       ["business", "civilians"], [4], [2], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Saturday 17 September 2022 about 9:30 p.m.: armed men with rifles and machetes attacked the police post "
            "by the market of Mandimba (Niassa), then set fire to the district administration office and several "
            "shops: 4 killed (two police officers and two traders; 2 is a part, optional). a1 (wire, Sunday 18 "
            "September, UPDATE 2, dateline MAPUTO, no scene); a2 (magazine long read, published Friday 20 January "
            "2023; its date dates nothing). The wounded are given only for the two attacks together (11, see the "
            "group). Claimed on Monday 19 September by Ansar al-Lago ('Supporters of the Lake', invented) on a "
            "messaging channel (a2)."),
    at("cuamba-railway-station-attack-2022-09-17", "2022-09-17", CUAMBA,
       "armed_assault", ANSAR, "claimed", None, ["firearm", "fire"], ["transportation", "civilians"],
       ["utilities", "business"], [3], [], [], [], S[0:2], group=WAVE, killed_best=3,
       note="The same night, Saturday 17 September 2022 about 11 p.m.: another band fired on the railway station of "
            "Cuamba, some 100 km east of Mandimba, and burned two freight wagons and the station office: 3 killed "
            "(a railway guard and two people waiting for the morning train). A transformer beside the yard burned "
            "(utilities optional). Claimed together with Mandimba."),
    at("lichinga-logging-camp-attack-2022-08-03", "2022-08-03", LICHINGA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [2], [], [], [],
       ["a2_niassa_magazine_long_read"], optional=True,
       note="Background in a2 with its own date ('on 3 August'): gunmen killed two loggers at a timber camp outside "
            "Lichinga; nobody named. Must not lend 2 to September."),
    # --- Iraq (Babil): a car bomb at a vegetable market in Hilla; national daily next day, anniversary feature -----
    at("hilla-market-car-bomb-2013-05-16", "2013-05-16", HILLA,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians", "business"], ["religious"],
       [24, 27], [22], [58], [9, 14], S[2:4], killed_best=27,
       note="Thursday 16 May 2013 about 6:40 p.m.: a car packed with explosives blew up at the evening vegetable "
            "market of an (invented) quarter of Hilla, near a Shia husseiniya (religious optional). b1 (national "
            "daily, print edition of Friday 17 May, 'yesterday evening'): the Babil health directorate says 24 killed "
            "and 58 wounded, 'nine of them children' and '14 in critical condition' (parts, optional); a police "
            "officer gave 22 (a lower early figure, optional); some wounded were taken to Karbala (hospital town, no "
            "scene). b2 (anniversary feature, Tuesday 16 May 2023, ten years on): 27 died, three of them later in "
            "hospital; nobody ever claimed it and nobody was charged (perpetrator null; officials said only "
            "'terrorists'). killed_best 27; injured_best unscored (some of the wounded died)."),
    at("musayyib-checkpoint-suicide-bombing-2013-04-02", "2013-04-02", MUSAYYIB,
       "bombing", None, None, True, ["suicide_vest"], ["military"], [], [5], [], [8], [],
       ["b1_hilla_national_daily_print"], optional=True,
       note="Background in b1's sidebar with its own date ('Tuesday 2 April'): a suicide bomber on foot blew himself "
            "up at an army checkpoint at the entrance of Al Musayyib, killing five soldiers and wounding eight."),
    # --- Pakistan (Khyber Pakhtunkhwa): a TV reporter shot dead in Mardan; police statement, NGO press release ------
    at("mardan-journalist-shooting-2016-03-08", "2016-03-08", MARDAN,
       "assassination", TIK, "denied", None, ["firearm"], ["journalists"], ["civilians"],
       [1, 2], [], [2], [], S[4:6], killed_best=2,
       note="Tuesday 8 March 2016 about 7:15 p.m.: two men on a motorcycle shot the correspondent of a (invented) "
            "private TV channel outside his office near the Mardan press club; he died on the spot; his cameraman "
            "and a passer-by (a tea-stall boy) were wounded. c1 (the district police spokesman's statement posted "
            "on the police website, Wednesday 9 March: 'on Tuesday evening'): 1 killed, 2 injured, the cameraman "
            "shifted to Peshawar (hospital town, no scene); initial investigation points to the banned "
            "Tehreek-e-Inteqam Khyber (invented). c2 (press-freedom NGO press release, Friday 11 March): the "
            "cameraman died in Peshawar on Thursday 10 March: 2 killed; the TIK denied any role in a message to "
            "reporters ('denied'). killed_best 2; injured_best unscored (one wounded man died)."),
    at("charsadda-journalist-killing-2015-11-14", "2015-11-14", CHARSADDA,
       "assassination", None, None, None, ["firearm"], ["journalists"], [], [1], [], [], [],
       ["c2_mardan_ngo_press_release"], optional=True,
       note="Background in c2 with its own date ('on 14 November 2015'): a newspaper reporter shot dead in "
            "Charsadda; the case unsolved."),
    # --- Ethiopia (Gambela): aid workers abducted from a village west of Gambela, their driver killed -------------
    at("gambela-aid-workers-kidnapping-2009-11-10", "2009-11-10", GAMBELA,
       "kidnapping", BRLA, "attributed", None, ["firearm"], ["ngo"], ["civilians", "education"],
       [1], [], [1, 2], [], S[6:8], killed_best=1,
       note="Tuesday 10 November 2009 in the evening: armed men stopped the car of an (invented) aid agency at "
            "Abol-Kir, an invented village 'about 35 km west of Gambela town' where the agency was building wells "
            "and a school (coded at Gambēla); they shot dead the Ethiopian driver and took away three aid workers "
            "(two foreigners and an Ethiopian engineer). d1 (statement of an invented federal ministry posted in "
            "Addis Ababa, Wednesday 11 November: 'on the evening of Tuesday 10 November'): one guard wounded; the "
            "ministry blames the Baro River Liberation Army (invented), which had not spoken ('attributed'). d2 "
            "(regional English-language weekly, Friday 13 November, dateline Juba, no scene): two wounded (the guard "
            "and a villager). Figures differ across sources (1 and 2 injured), no best for injured."),
    # --- Philippines (Soccsksargen): a grenade thrown into the bus terminal of Carmen, North Cotabato -------------
    at("carmen-bus-terminal-grenade-2024-02-10", "2024-02-10", CARMEN,
       "bombing", None, None, None, ["grenade"], ["transportation", "civilians"], ["business"],
       [3], [1, 2], [17], [15, 5], S[8:10], killed_best=3, injured_best=17,
       note="Saturday 10 February 2024 about 5:40 p.m.: a man threw a grenade into the crowded waiting area of the "
            "public bus terminal of Carmen (North Cotabato, not any of the other Carmens of the Philippines) and "
            "ran; police say he acted alone over a quarrel with a terminal operator (lone attacker, perpetrator "
            "null). e1 (a broadcaster's live blog, newest entry first, Saturday evening to Sunday morning): first 1 "
            "dead, then 2 dead and 15 hurt, then a third victim died in a hospital in Kidapawan: 3 dead, 17 hurt, "
            "'five of them critically' (1, 2 and 15 superseded, 5 a part: optional); the wounded taken to Kabacan "
            "and Kidapawan (hospital towns, no scene). e2 (a wire factbox, Monday 12 February) lists it with 3 "
            "killed and 17 wounded among other recent attacks (optional background incidents)."),
    at("pikit-army-detachment-mortar-2024-01-28", "2024-01-28", PIKIT,
       "shelling", None, None, None, ["mortar"], ["military"], [], [], [], [4], [],
       ["e2_carmen_wire_factbox"], optional=True,
       note="Background item of the factbox ('Jan. 28'): mortar rounds fired at an army detachment in Pikit, four "
            "soldiers wounded."),
    at("tacurong-passenger-bus-bomb-2023-12-16", "2023-12-16", TACURONG,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [1], [], [9], [],
       ["e2_carmen_wire_factbox"], optional=True,
       note="Background item of the factbox ('Dec. 16'): a homemade bomb on a passenger bus in Tacurong, one killed, "
            "nine wounded."),
]
groups = [dict(id=WAVE, members=["mandimba-police-post-attack-2022-09-17", "cuamba-railway-station-attack-2022-09-17"],
               killed=[7], killed_optional=[5], injured=[11], injured_optional=[],
               note="Two attacks the same night in two towns of Niassa, claimed together: one wave. a1 UPDATE 2: 7 "
                    "killed (corrected from the first version's 'at least five', superseded, optional) and 11 "
                    "wounded for the two attacks (no split of the wounded).")]
gold = dict(about="Hand-coded reference for eval/synthetic54/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_timmins_radio_story: a local radio station's story from Timmins, Ontario (Canada) about "
                           "a 'hold and secure' lockdown drill at a high school, scheduled underground blasting at a "
                           "gold mine, an arctic blast of cold air, a pickup truck that caught fire on a highway (an "
                           "accident, nobody hurt) and a hockey game's shots. No attack: no incident.",
                           "b1: a road accident in the sidebar is no attack; a2: the graphite and ruby mines are mining "
                           "sites, no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; the anniversary ceremony, the magazine's publication and the NGO's "
                           "meetings are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic54.gold.json"), "w"), indent=1, ensure_ascii=False)
