#!/usr/bin/env python3
"""Writes synthetic67.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_sibut_damara_telegram_dump", "a2_sibut_damara_ngo_incident_log",
     "b1_khash_machine_translated", "b2_khash_video_subtitles",
     "c1_vavuniya_encyclopedia_article", "c2_vavuniya_parliament_record",
     "d1_pekalongan_markdown_digest", "d2_pekalongan_forum_thread",
     "e1_trujillo_email_newsletter", "e2_trujillo_amp_page",
     "f1_wels_sms_alerts"]
RSK = ["Rassemblement des Sentinelles de la Kémo", "RSK", "Rally of the Kémo Sentinels", "Kémo Sentinels",
       "Rassemblement des Sentinelles de la Kemo", "the Kémo Sentinels"]
EPB = ["Eastern Palm Brigade", "the Eastern Palm Brigade", "Liwa Nakhil al-Sharq", "Tip-e Nakhl-e Sharghi",
       "Eastern Palm group"]
NTRA = ["Northern Tamil Resistance Army", "NTRA", "the Northern Tamil Resistance Army"]
LFT = ["Laskar Fajar Tauhid", "LFT", "the Laskar Fajar Tauhid"]
CIEMPIES = ["La Banda del Ciempiés", "Banda del Ciempiés", "Los Ciempiés", "the Centipede gang", "Ciempiés",
            "La Banda del Ciempies", "Los Ciempies"]
SIBUT = ("CF", "Kémo", "Sibut", 5.71801, 19.07389)
DAMARA = ("CF", "Ombella-M'Poko", "Damara", 4.96075, 18.7035)
BOUCA = ("CF", "Ouham", "Bouca", 6.50734, 18.2767)
KHASH = ("IR", "Sistan and Baluchestan", "Khash", 28.22107, 61.21582)
ZABOL = ("IR", "Sistan and Baluchestan", "Zabol", 31.0306, 61.4949)
VAVUNIYA = ("LK", "Northern Province", "Vavuniya", 8.7514, 80.4971)
TRINCO = ("LK", "Eastern Province", "Trincomalee", 8.5778, 81.2289)
PEKALONGAN = ("ID", "Central Java", "Pekalongan", -6.8886, 109.6753)
TEGAL = ("ID", "Central Java", "Tegal", -6.8694, 109.1402)
MANOKWARI = ("ID", "West Papua", "Manokwari", -0.86291, 134.06402)
TRUJILLO = ("PE", "La Libertad", "Trujillo", -8.11599, -79.02998)
HUANCHACO = ("PE", "La Libertad", "Huanchaco", -8.08333, -79.11667)
WAVE = "sibut-damara-dawn-attacks-2019-04-14"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Central African Republic: the gendarmerie of Sibut and the market of Kpabara (Damara) attacked the same dawn ---
    at("sibut-gendarmerie-brigade-attack-2019-04-14", "2019-04-14", SIBUT,
       "armed_assault", RSK, "claimed", None, ["firearm", "rocket"], ["police"], ["civilians"],
       [5], [3, 2], [], [], S[0:2], group=WAVE, killed_best=5,
       note="Sunday 14 April 2019 about 5:30 a.m.: armed men attacked the gendarmerie brigade of Sibut with rifles and "
            "a rocket launcher. a1 (a Telegram channel dump, posts of Sunday and Monday, no dates but 'this Sunday'): "
            "first '3 gendarmes killed' (superseded, optional), then 5 (3 gendarmes and 2 civilians: parts, optional); "
            "six assailants killed by the gendarmes (attackers, not victims). a2 (an NGO incident log pasted as tab "
            "separated text, 18 April): 5. Wounded given only for the two places together (17, on the group); taken "
            "to Bangui (hospital town, no scene). Claimed with Kpabara by the Rassemblement des Sentinelles de la Kémo "
            "(invented) in a communiqué forwarded on Monday."),
    at("damara-kpabara-market-attack-2019-04-14", "2019-04-14", DAMARA,
       "armed_assault", RSK, "claimed", None, ["firearm", "fire"], ["civilians"], ["business"],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Sunday 14 April 2019 about 6:15 a.m.: armed men fired on the Sunday market of Kpabara, an invented village "
            "of the sub-prefecture of Damara ('about 15 km from Damara town'; coded at Damara) and burned stalls: 4 "
            "civilians killed (a1, a2). Claimed with Sibut by the RSK."),
    at("bouca-traders-ambush-2019-03-02", "2019-03-02", BOUCA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [2], [], [], [],
       ["a2_sibut_damara_ngo_incident_log"], optional=True,
       note="Background row of the NGO log with its own date: traders ambushed on the Bouca road, 2 killed."),
    # --- Iran (Sistan and Baluchestan): a police patrol ambushed near Khash --------------------------------------------
    at("khash-police-patrol-ambush-2010-11-16", "2010-11-16", KHASH,
       "armed_assault", EPB, "attributed", None, ["firearm", "rocket"], ["police"], [],
       [3, 5], [], [4], [1], S[2:4], killed_best=5, injured_best=4,
       note="Tuesday 16 November 2010 about 7:30 p.m.: gunmen ambushed a police patrol on the Khash-Zahedan road "
            "'near Khash' (about 10 km north of the town; coded at Khash) with rifles and a rocket-propelled grenade. "
            "b1 (a Persian agency page machine-translated to English, 17 November): the provincial police commander "
            "says 3 policemen killed, the governorate ('ostandari') says 5; 4 wounded taken to Zahedan (hospital town, "
            "no scene); two attackers killed (not victims); the police commander blames the Eastern Palm Brigade "
            "(invented). b2 (subtitles of an exile channel's video report, 18 November): 5 killed, 4 wounded, 'one "
            "of them critical' (part, optional); the blame repeated; no claim. Background in b2: Zabol, 23 August."),
    at("zabol-checkpoint-bombing-2010-08-23", "2010-08-23", ZABOL,
       "bombing", None, None, None, ["explosive"], ["military"], [], [2], [], [], [],
       ["b2_khash_video_subtitles"], optional=True,
       note="Background in b2 with its own date ('on the 23rd of August'): a bomb at a border-guard checkpoint outside "
            "Zabol killed two guards."),
    # --- Sri Lanka (Northern Province): a claymore mine against a passenger bus 12 km from Vavuniya --------------------
    at("vavuniya-bus-claymore-mine-2006-09-14", "2006-09-14", VAVUNIYA,
       "bombing", NTRA, "denied", None, ["ied"], ["transportation", "civilians"], [],
       [10], [9, 12], [21], [14], S[4:6], killed_best=10,
       note="Thursday 14 September 2006 about 7:10 a.m.: a claymore mine fixed to a tree exploded beside a passenger bus "
            "on the Vavuniya-Mannar road at an invented bend 'about 12 km from Vavuniya' (coded at Vavuniya). Nine "
            "killed on the spot (part, optional), a tenth died on Sunday 17 September at Anuradhapura hospital "
            "(hospital town, no scene): 10. 21 injured (one of them later died: injured_best unscored). The army blames "
            "the Northern Tamil Resistance Army (invented), which denies ('denied'). c1 (an encyclopedia article "
            "with an infobox, written months later, February 2007): 10 deaths, 21 injured; war-wide toll of the "
            "conflict (no toll); background: the Trincomalee navy truck on 2 May 2006. c2 (the parliamentary record "
            "of Tuesday 19 September 2006: 'on Thursday last'): 10 killed, 21 injured; an opposition member's "
            "'twelve' (optional). Written-texts change: c2's 'fourteen remain in hospital' (a part) added to "
            "injured_optional."),
    at("trincomalee-navy-truck-claymore-2006-05-02", "2006-05-02", TRINCO,
       "bombing", None, None, None, ["ied"], ["military"], [], [4], [], [], [],
       ["c1_vavuniya_encyclopedia_article"], optional=True,
       note="Background in c1 with its own date: a claymore mine against a navy truck near Trincomalee, 4 sailors killed."),
    # --- Indonesia (Central Java): a pipe bomb at a traffic police post in Pekalongan --------------------------------
    at("pekalongan-police-post-pipe-bomb-2016-08-13", "2016-08-13", PEKALONGAN,
       "bombing", LFT, "suspected", None, ["ied"], ["police"], ["civilians"],
       [1], [4], [3], [2], S[6:8], killed_best=1,
       note="Saturday 13 August 2016 about 9:40 p.m.: a man on a motorbike threw a pipe bomb at the traffic police post "
            "at an invented roundabout in Pekalongan: 2 police officers and a satay vendor injured (3; 2 officers a "
            "part, optional); one officer died on Tuesday 16 August in a hospital in Semarang (hospital town, no "
            "scene): 1 killed; injured_best unscored. Police suspect a cell of the Laskar Fajar Tauhid (invented). "
            "d1 (a markdown weekly security digest, Friday 19 August): 1 killed, 3 injured. d2 (an expat forum thread, "
            "posts Sunday 14 to Wednesday 17 August: 'on Saturday night'): a rumour of '4 dead' (optional), then the "
            "officer's death. Pekalongan is also the name of a place in Lampung. Background in d2: Tegal, 3 July."),
    at("manokwari-road-camp-shooting-2016-08-11", "2016-08-11", MANOKWARI,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [],
       [2], [], [1], [], ["d1_pekalongan_markdown_digest"], killed_best=2, injured_best=1,
       note="Thursday 11 August 2016 about 6 a.m.: gunmen shot at workers in a road-construction camp near Manokwari "
            "(West Papua): 2 killed, 1 wounded. Only in d1, as a second item of the digest UNRELATED to Pekalongan "
            "(no group). Nobody named (the police speak of 'an armed group': perpetrator null)."),
    at("tegal-police-dormitory-molotov-2016-07-03", "2016-07-03", TEGAL,
       "other", None, None, None, ["fire"], ["police"], [], [], [], [1], [],
       ["d2_pekalongan_forum_thread"], optional=True,
       note="Background in d2 with its own date ('the molotov at the Tegal police dorm on 3 July'): one officer burned."),
    # --- Peru (La Libertad): a dynamite charge at a bus company's office in Trujillo ------------------------------------
    at("trujillo-bus-company-dynamite-2024-10-16", "2024-10-16", TRUJILLO,
       "bombing", CIEMPIES, "claimed", None, ["explosive"], ["business", "transportation"], ["civilians"],
       [1], [], [4, 6], [2], S[8:10], killed_best=1, injured_best=6,
       note="Wednesday 16 October 2024 about 11:30 p.m.: a charge of dynamite left at the gate of the office and garage "
            "of an invented bus company in Trujillo exploded; the night watchman killed; police said 4 injured, the "
            "regional hospital 6 (best 6). Claimed in a voice message sent to the drivers by La Banda del Ciempiés "
            "(invented), which demanded extortion payments. e1 (a plain-text email newsletter of a transport "
            "operators' association with quoted replies, Friday 18 October: 'on Wednesday night'): 1 killed, 4 "
            "injured; Trujillo shares its name with places in Spain, Venezuela and Honduras. e2 (a mobile AMP page, "
            "Thursday 17 October: 'last night'): 1 killed, police 4, hospital 6; a yearly count of explosive attacks "
            "(no toll); background: Huanchaco, 28 September. Written-texts change: parts of the injured ('two drivers' "
            "in e1, 'two of them children' in e2) added to injured_optional."),
    at("huanchaco-discotheque-grenade-2024-09-28", "2024-09-28", HUANCHACO,
       "bombing", None, None, None, ["grenade"], ["business"], [], [], [], [5], [],
       ["e2_trujillo_amp_page"], optional=True,
       note="Background in e2 with its own date ('on 28 September'): a grenade thrown at a discotheque in Huanchaco "
            "injured five."),
]
groups = [dict(id=WAVE, members=["sibut-gendarmerie-brigade-attack-2019-04-14",
                                 "damara-kpabara-market-attack-2019-04-14"],
               killed=[9], killed_optional=[7], injured=[17], injured_optional=[],
               note="Two attacks the same dawn in two places of central CAR, claimed together: one wave. The wounded (17) "
                    "are only given for the two together; the early total of 7 (3 + 4) is superseded (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic67/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_wels_sms_alerts: SMS alerts of the city of Wels (Austria) about the controlled "
                           "detonation of a Second World War aerial bomb found on a building site; nobody hurt. No "
                           "attack: no incident.",
                           "a1/a2: the channel's count of civilians killed since January and the log's totals are no "
                           "tolls; the log's road accident and fuel theft rows are no attacks; the six assailants "
                           "killed at Sibut are no victims.",
                           "b1/b2: the two attackers killed are no victims; Zahedan is a hospital town.",
                           "c1: the war-wide toll since 1983 is no toll; c2: other business of the House is no incident.",
                           "d2: the grenade found (not thrown) in Batang is no attack.",
                           "e2: the yearly count of explosive attacks in La Libertad is no toll.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic67.gold.json"), "w"), indent=1, ensure_ascii=False)
