#!/usr/bin/env python3
"""Writes synthetic70.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_tulsipur_weekly_print_page", "a2_tulsipur_survivor_interview",
     "b1_izberbash_buynaksk_timeline", "b2_izberbash_buynaksk_security_roundup",
     "c1_muyinga_police_statement_repost", "c2_muyinga_obituary",
     "d1_guilmaro_ngo_situation_update", "d2_guilmaro_opinion_column",
     "e1_gros_morne_breaking_news", "e2_gros_morne_fact_check",
     "f1_tomar_controlled_explosion_explainer"]
RRF = ["Rapti Red Front", "the Rapti Red Front", "RRF", "Rapti Red Front (RRF)"]
CSJ = ["Caspian Shore Jamaat", "the Caspian Shore Jamaat", "Jamaat of the Caspian Shore", "CSJ"]
AAT = ["Ansar al-Atakora", "the Ansar al-Atakora", "Companions of the Atakora", "the Companions of the Atakora",
       "Jama'at Ansar al-Atakora"]
BTW = ["Baz Twa Wòch", "Baz Twa Woch", "the Baz Twa Wòch gang", "Twa Wòch", "Twa Woch", "Baz Twa Wòch gang"]
TULSIPUR = ("NP", "Lumbini Province", "Tulsīpur", 28.13099, 82.29726)
PYUTHAN = ("NP", "Lumbini Province", "Pyūthān", 28.08867, 82.88427)
TANSEN = ("NP", "Lumbini Province", "Tānsen", 27.86731, 83.5467)
IZBERBASH = ("RU", "Dagestan", "Izberbash", 42.56955, 47.86447)
BUYNAKSK = ("RU", "Dagestan", "Buynaksk", 42.819, 47.1192)
KIZILYURT = ("RU", "Dagestan", "Kizilyurt", 43.1883, 46.88511)
SWABI = ("PK", "Khyber Pakhtunkhwa", "Swabi", 34.12018, 72.46982)
MUYINGA = ("BI", "Muyinga", "Muyinga", -2.8451, 30.3414)
KIRUNDO = ("BI", "Kirundo", "Kirundo", -2.5845, 30.0959)
GUILMARO = ("BJ", "Atakora", "Guilmaro", 10.56583, 1.72444)
GOUMORI = ("BJ", "Alibori", "Goumori", 11.18131, 2.29295)
KANDI = ("BJ", "Alibori", "Kandi", 11.13417, 2.93861)
GROSMORNE = ("HT", "Artibonite", "Gros Morne", 19.6708, -72.67808)
DESSALINES = ("HT", "Artibonite", "Dessalines", 19.26177, -72.51611)
WAVE = "izberbash-buynaksk-police-attacks-2011-09-20"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Nepal (Dang): a bomb at the Tulsipur bus park; the same weekly page reports an unrelated killing in Pyuthan ---
    at("tulsipur-bus-park-bomb-2005-03-12", "2005-03-12", TULSIPUR,
       "bombing", RRF, "suspected", None, ["ied"], ["transportation", "civilians"], ["business"],
       [3], [2, 1], [22], [20, 15, 7, 4], S[0:2], killed_best=3, injured_best=22,
       note="Saturday 12 March 2005 about 11:40 a.m.: a bomb hidden in a pressure cooker under a bench by the ticket "
            "counters of the Tulsipur bus park (Dang) exploded on market day. a1 (the print-edition front page of a "
            "local weekly, Thursday 17 March: 'on Saturday'): 3 killed (two passengers and a tea-stall owner), 22 "
            "injured, the worst hurt taken to Nepalgunj (hospital town, no scene); police suspect the Rapti Red Front "
            "(invented), nobody claimed ('suspected'). a2 (a survivor interview, Tuesday 22 March: 'ten days ago', "
            "'a Saturday'): three dead, 'more than twenty' hurt (optional). Parts written in the texts (optional): two "
            "passengers and the tea seller (2, 1); fifteen treated locally and seven sent to Nepalgunj (15, 7); 'four "
            "of us' driven to Nepalgunj (4). Tulsipur shares its name with a town "
            "across the border in Uttar Pradesh (India)."),
    at("pyuthan-headmaster-shot-2005-03-14", "2005-03-14", PYUTHAN,
       "assassination", None, None, None, ["firearm"], ["education"], ["civilians"],
       [1], [], [], [], ["a1_tulsipur_weekly_print_page"],
       note="Unrelated second attack on the same weekly page (no group): on Monday night (14 March 2005) armed men "
            "shot dead the headmaster of a secondary school at his house in Dharampani, an invented 'village of "
            "Pyuthan district' (coded at Pyuthan). Nobody named."),
    at("tulsipur-telephone-office-bomb-2005-01-02", "2005-01-02", TULSIPUR,
       "bombing", None, None, None, ["explosive"], ["utilities"], ["government"], [], [], [1], [],
       ["a1_tulsipur_weekly_print_page"], optional=True,
       note="Background in a1 with its own date ('on 2 January'): a device at the Tulsipur telephone office wounded a "
            "guard. Same town, other date: must not merge with 12 March nor lend 1."),
    at("tansen-bus-ambush-2004-11", "2004-11", TANSEN,
       "armed_assault", None, None, None, ["firearm"], ["transportation"], ["civilians"], [1], [], [], [],
       ["a2_tulsipur_survivor_interview"], optional=True,
       note="Background in a2: the survivor's brother-in-law, a bus driver, was shot dead in an ambush 'near Tansen "
            "last November' (month only)."),
    # --- Russia (Dagestan): two attacks on police the same evening, Izberbash and Buynaksk ------------------------------
    at("izberbash-traffic-police-post-shooting-2011-09-20", "2011-09-20", IZBERBASH,
       "armed_assault", CSJ, "attributed", None, ["firearm"], ["police"], [],
       [2], [], [], [], S[2:4], group=WAVE, killed_best=2,
       note="Tuesday 20 September 2011 about 20:15: gunmen in a car fired on the traffic police post at the northern "
            "entrance of Izberbash; 2 officers killed; 3 attackers shot dead by the police (not victims: must not "
            "give 3 or 5). b1 ('what we know so far' timeline, Wednesday 21 September, times per entry) and b2 (a "
            "weekly security roundup newsletter, Friday 23 September: 'on Tuesday evening'). Wounded only for both "
            "sites together (7, on the group). Dagestan's interior ministry blames the Caspian Shore Jamaat "
            "(invented) ('attributed')."),
    at("buynaksk-patrol-car-bomb-2011-09-20", "2011-09-20", BUYNAKSK,
       "bombing", CSJ, "attributed", None, ["ied"], ["police"], [],
       [1], [], [], [], S[2:4], group=WAVE, killed_best=1,
       note="Tuesday 20 September 2011 about 21:05: a bomb by the road exploded as a police patrol car passed in "
            "Buynaksk; 1 officer killed. Some wounded taken to Makhachkala (hospital town, no scene)."),
    at("kizilyurt-imam-shooting-2011-08-30", "2011-08-30", KIZILYURT,
       "assassination", None, None, None, ["firearm"], ["religious"], [], [1], [], [], [],
       ["b2_izberbash_buynaksk_security_roundup"], optional=True,
       note="Background in b2 with its own date ('on 30 August'): an imam shot dead outside his house in Kizilyurt."),
    at("swabi-girls-school-bomb-2011-09-19", "2011-09-19", SWABI,
       "bombing", None, None, None, ["ied"], ["education", "civilians"], [],
       [2], [], [5], [3], ["b2_izberbash_buynaksk_security_roundup"], killed_best=2, injured_best=5,
       note="Another country's item in the roundup b2 (unrelated, no group): on Monday 19 September 2011 a bomb "
            "fixed to a parked motorbike exploded near the gate of a girls' school in Swabi (Khyber Pakhtunkhwa), "
            "killing two (a watchman and a passer-by) and wounding five, 'three of them schoolgirls' (3 optional). Nobody claimed."),
    # --- Burundi (Muyinga): grenades thrown into a bar; one of the wounded dies four days later -------------------------
    at("muyinga-bar-grenade-attack-2015-11-07", "2015-11-07", MUYINGA,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [],
       [2, 3], [], [14, 17], [3], S[4:6], killed_best=3,
       note="Saturday 7 November 2015 about 20:30: two grenades thrown into a bar in a quarter of Muyinga. c1 (the "
            "provincial police spokesman's post, quoted in French and translated on a news site, Sunday 8 November: "
            "'hier soir' / 'last night'): 2 killed and 14 wounded per the police; the director of Muyinga hospital: "
            "17 wounded received, 3 critical sent to Ngozi (hospital town, no scene; 3 part, optional). c2 (an "
            "obituary of a teacher who died in Ngozi on Wednesday 11 November, published Monday 16 November): the "
            "third death. injured_best unscored (one of the wounded died). Nobody named: perpetrator null. "
            "Background in c2: a grenade at the Kirundo market on 3 October (optional)."),
    at("kirundo-market-grenade-2015-10-03", "2015-10-03", KIRUNDO,
       "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [2], [], [], [],
       ["c2_muyinga_obituary"], optional=True,
       note="Background in c2 with its own date ('on 3 October'): a grenade at the Kirundo market killed two "
            "moto-taxi drivers."),
    # --- Benin (Atakora): dawn attack on a police and forestry post near Guilmaro -----------------------------------
    at("guilmaro-police-post-attack-2022-02-13", "2022-02-13", GUILMARO,
       "armed_assault", AAT, "claimed", None, ["firearm", "fire"], ["police"], ["civilians", "government"],
       [4, 6], [2, 3, 1], [3], [], S[6:8], killed_best=6, injured_best=3,
       note="Sunday 13 February 2022 about 4 a.m.: armed men attacked the joint police and forestry post of an "
            "invented village 'near Guilmaro' (coded at Guilmaro), burned it and shot the officers and two herders "
            "nearby. d1 (an NGO's humanitarian situation update, 21 February, bullet list): 4 killed according to "
            "the Atakora prefecture, 6 according to local elected officials (differing sources: both reports); 3 "
            "wounded evacuated to Natitingou (hospital town, no scene); the army says it 'neutralised' five "
            "assailants (not victims); claimed by the Ansar al-Atakora (invented) ('claimed'). d2 (an opinion column "
            "by a former deputy prefect, 12 October 2022, months later): six dead, four of them police officers, "
            "two herders (parts, optional: 2 herders; d1's 'three police officers and one forest ranger', 3 and 1). Background in d1: Goumori 2 February 2022; in d2: Kandi, June 2022."),
    at("goumori-motorbike-ied-2022-02-02", "2022-02-02", GOUMORI,
       "bombing", None, None, None, ["ied"], ["civilians"], [], [2], [], [], [],
       ["d1_guilmaro_ngo_situation_update"], optional=True,
       note="Background bullet in d1 with its own date ('2 February'): a buried device hit a motorbike near Goumori "
            "(Alibori), two killed."),
    at("kandi-roadside-bomb-2022-06", "2022-06", KANDI,
       "bombing", None, None, None, ["ied"], ["military"], [], [3], [], [], [],
       ["d2_guilmaro_opinion_column"], optional=True,
       note="Background in d2 ('in June'): a roadside bomb near Kandi killed three soldiers (month only)."),
    # --- Haiti (Artibonite): a gang raid on a hamlet about 7 km from Gros-Morne --------------------------------------
    at("gros-morne-ravine-seche-gang-raid-2024-04-28", "2024-04-28", GROSMORNE,
       "armed_assault", BTW, "denied", None, ["firearm", "fire"], ["civilians"], ["business"],
       [12, 14], [5, 9, 40, 2], [8, 11], [2], S[8:10], killed_best=14, injured_best=11,
       note="Sunday 28 April 2024 before dawn (about 4:30): gunmen raided Ravine-Sèche, an invented hamlet 'about "
            "7 km from Gros-Morne' on the road to Gonaïves (coded at Gros Morne), shooting residents and burning "
            "houses. e1 (a breaking-news page, DEVELOPING, same day, 'Last updated' stamps): 5, then 9, then 12 "
            "killed (5 and 9 superseded, optional), 8 wounded taken to Gonaïves (hospital town, no scene); police "
            "blame the Baz Twa Wòch gang (invented), whose leader denies in a voice message ('denied'). e2 (a "
            "fact-check, Thursday 2 May, rating a viral '40 dead' post FALSE: 40 optional): civil protection's "
            "final count 14 killed, 11 wounded. Gros-Morne also names a Canadian national park and a Martinique "
            "commune. Parts (optional): e1's 'elderly couple' among the dead and 'two of them are children' among "
            "the wounded; e2's 'two more bodies'. Background in e2: Dessalines market, 20 March 2024 (optional)."),
    at("dessalines-market-gang-attack-2024-03-20", "2024-03-20", DESSALINES,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [], [5], [], [], [],
       ["e2_gros_morne_fact_check"], optional=True,
       note="Background in e2 with its own date ('on 20 March'): gunmen fired on the Dessalines market, five killed."),
]
groups = [dict(id=WAVE, members=["izberbash-traffic-police-post-shooting-2011-09-20",
                                 "buynaksk-patrol-car-bomb-2011-09-20"],
               killed=[3], killed_optional=[], injured=[7], injured_optional=[4],
               note="Two attacks on the police the same evening in two towns of Dagestan, presented as one wave and "
                    "blamed on the same group: 3 officers killed in all; 7 wounded 'in the two attacks' (4 of them "
                    "police officers: part, optional), no split by site.")]
gold = dict(about="Hand-coded reference for eval/synthetic70/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_tomar_controlled_explosion_explainer: a broadcaster's explainer on two blasts heard in "
                           "Tomar (Portugal): a controlled detonation of an old mortar round by the bomb-disposal team, "
                           "after a film crew's pyrotechnics the evening before; no attack, nobody hurt: no incident.",
                           "a1_tulsipur_weekly_print_page: the bridge, the power-cut timetable, the lentil prices and "
                           "the cattle fair items are no incidents; the conflict-wide toll is no toll of the day.",
                           "b2_izberbash_buynaksk_security_roundup: the counter-terrorism exercise, the border "
                           "detentions, the hostage release and Dagestan's year-to-date toll are no incidents.",
                           "c2_muyinga_obituary: the national toll since April is no toll of the day.",
                           "d1_guilmaro_ngo_situation_update: the year-to-date figures, displacement and school "
                           "closures are no incidents, nor is the cattle theft near Karimama (no casualties); d2's count since "
                           "January is no toll.",
                           "e2_gros_morne_fact_check: the reused video (an old protest elsewhere) and the national "
                           "gang-violence figures are no incidents.",
                           "Headline lists under related-story headings and photo captions with other places and "
                           "dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic70.gold.json"), "w"), indent=1, ensure_ascii=False)
