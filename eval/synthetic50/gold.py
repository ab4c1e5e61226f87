#!/usr/bin/env python3
"""Writes synthetic50.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_lakki_tank_governor_presser", "a2_lakki_tank_channel_export",
     "b1_funtua_logistics_incident_report", "b2_funtua_driver_fundraiser",
     "c1_fresnillo_student_paper", "c2_fresnillo_wiki_talk",
     "d1_maramag_police_blotter", "d2_maramag_tv_rundown",
     "e1_koro_conflict_monitor", "e2_koro_council_minutes",
     "f1_timmins_morning_newsletter"]
JDL = ["Jaish-e-Daman-e-Koh", "JDK", "the Jaish-e-Daman-e-Koh", "Jaish e Daman e Koh", "Jaish-e-Daman-e-Koh (JDK)"]
CDA = ["Cártel del Altiplano", "Cartel del Altiplano", "the Altiplano Cartel", "Altiplano Cartel", "CDA"]
FAS = ["Front Ansar du Séno", "Front Ansar du Seno", "FAS", "the Front Ansar du Séno", "Ansar Seno Front"]
LAKKI = ("PK", "Khyber Pakhtunkhwa", "Lakki", 32.60724, 70.91234)
TANK = ("PK", "Khyber Pakhtunkhwa", "Tank", 32.21707, 70.38315)
PAHARPUR = ("PK", "Khyber Pakhtunkhwa", "Paharpur", 32.10502, 70.97055)
FUNTUA = ("NG", "Katsina", "Funtua", 11.52351, 7.31174)
FASKARI = ("NG", "Katsina", "Faskari", 11.72108, 7.02991)
FRESNILLO = ("MX", "Zacatecas", "Fresnillo", 23.18126, -102.87136)
JEREZ = ("MX", "Zacatecas", "Jerez de García Salinas", 22.64971, -102.99032)
MARAMAG = ("PH", "Northern Mindanao", "Maramag", 7.76333, 125.00528)
MALAYBALAY = ("PH", "Northern Mindanao", "Malaybalay", 8.1575, 125.12778)
KORO = ("ML", "Mopti", "Koro", 14.064, -3.07539)
BANKASS = ("ML", "Mopti", "Bankass", 14.0775, -3.51594)
WAVE = "lakki-tank-night-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Pakistan (Khyber Pakhtunkhwa): a police station in Lakki and a Frontier Corps post at Tank, one night -------
    at("lakki-police-station-attack-2026-02-10", "2026-02-10", LAKKI,
       "armed_assault", JDL, "claimed", None, ["firearm", "grenade"], ["police"], [],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="The night of Tuesday 10 February 2026 about 11 p.m.: militants attacked the City police station of Lakki "
            "(Lakki Marwat) with rifles and hand grenades; four policemen killed (a1, the governor's press conference "
            "in Peshawar on Wednesday 11 February; Peshawar is the dateline, no scene). The wounded are given only for "
            "the two attacks together (12, see the group). Claimed by the Jaish-e-Daman-e-Koh (invented) in a "
            "statement on the morning of 11 February, quoted in a2 (an export of a local reporters' messaging "
            "channel with a timestamp per message)."),
    at("tank-frontier-corps-post-attack-2026-02-10", "2026-02-10", TANK,
       "armed_assault", JDL, "claimed", None, ["rocket", "firearm"], ["military"], [],
       [3], [], [], [], S[0:2], group=WAVE, killed_best=3,
       note="The same night, about 11:40 p.m. on Tuesday 10 February 2026: rockets then gunfire on a Frontier Corps "
            "post on the edge of Tank town; three FC soldiers killed (a1). Some wounded were taken to Dera Ismail Khan "
            "(hospital town, no scene). Claimed together with Lakki."),
    at("paharpur-police-van-grenade-2026-01-03", "2026-01-03", PAHARPUR,
       "bombing", None, None, None, ["grenade"], ["police"], [], [], [], [2], [],
       ["a1_lakki_tank_governor_presser"], optional=True,
       note="Background in a1 with its own date ('on 3 January'): a grenade thrown at a police van in Paharpur wounded "
            "two constables. Must not lend 2."),
    # --- Nigeria (Katsina): gunmen stop a lorry convoy at a village south of Funtua, kill a driver, abduct six --------
    at("funtua-unguwar-dodo-convoy-kidnapping-2026-03-14", "2026-03-14", FUNTUA,
       "kidnapping", None, None, None, ["firearm"], ["transportation", "civilians"], ["business"],
       [1], [], [2], [], S[2:4], killed_best=1, injured_best=2,
       note="Saturday 14 March 2026 about 9:30 p.m. ('on Saturday night'): armed men stopped three lorries of an "
            "invented haulage company at Unguwar Dodo, an invented village 'about 15 km south of Funtua' on the Zaria "
            "road (coded at Funtua); they shot dead one driver, wounded two others (taken to Zaria: hospital town, no "
            "scene) and abducted six people (four drivers' mates and two passengers). Nobody named: 'armed bandits' "
            "(perpetrator null). b1 (the company's incident report, Monday 16 March); b2 (a charity fundraising page "
            "for the dead driver's family, created Tuesday 17 March; its update dates date nothing)."),
    at("faskari-road-lorry-attack-2026-01-22", "2026-01-22", FASKARI,
       "armed_assault", None, None, None, ["firearm", "fire"], ["transportation"], ["business"], [1], [], [], [],
       ["b1_funtua_logistics_incident_report"], optional=True,
       note="Background in b1's route-risk history with its own date (Thursday 22 January 2026): a lorry of another "
            "firm burned and its driver killed on the Faskari road. Must not lend 1 or fire to March."),
    # --- Mexico (Zacatecas): a radio journalist shot dead outside his station in Fresnillo; his cameraman dies later --
    at("fresnillo-radio-journalist-shooting-2026-04-16", "2026-04-16", FRESNILLO,
       "assassination", CDA, "denied", None, ["firearm"], ["journalists"], ["civilians"],
       [1, 2], [], [2], [], S[4:6], killed_best=2,
       note="Thursday 16 April 2026 about 7:40 a.m.: two men on a motorcycle shot the host of a morning radio news "
            "programme (invented) outside his station in Fresnillo; he died at the scene; his cameraman and a woman "
            "selling tamales were wounded and taken to Zacatecas city (hospital town, no scene). c1 (a university "
            "student newspaper, Friday 17 April): 1 killed, 2 wounded; the state prosecutor points to the Cártel del "
            "Altiplano (invented); banners signed by the cartel deny it. c2 (a wiki talk page, signed comments 18-26 "
            "April): the cameraman died on Sunday 19 April: 2 killed. killed_best 2; injured_best unscored. Fresnillo "
            "is also the name of a village in Aguascalientes."),
    at("jerez-bar-shooting-2025-11-08", "2025-11-08", JEREZ,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [], [4], [], [], [],
       ["c2_fresnillo_wiki_talk"], optional=True,
       note="Background in c2 with its own date ('8 November 2025'): gunmen killed four people in a bar in Jerez. "
            "Must not lend 4."),
    # --- Philippines (Bukidnon): a bomb in a parked motorcycle by the public market of Maramag ----------------------
    at("maramag-public-market-bombing-2026-05-22", "2026-05-22", MARAMAG,
       "bombing", None, None, None, ["ied"], ["civilians", "business"], ["transportation"],
       [4], [3, 6], [21], [18, 6], S[6:8], killed_best=4, injured_best=21,
       note="Friday 22 May 2026 about 6:15 p.m.: a bomb hidden in a parked motorcycle exploded by the public market of "
            "Maramag, near the jeepney terminal. d1 (a local paper's police-blotter roundup, Saturday 23 May: 'last "
            "evening'): 3 killed, 18 injured 'six of them critically', taken to Valencia City and Malaybalay "
            "(hospital towns, no scene; Valencia is also a city of Spain). d2 (a regional TV teleprompter rundown, "
            "Saturday 23 May): the script says three dead, then an 'UPDATE' line: four dead and 21 hurt (3 and 18 "
            "superseded, optional; 6 is a part, optional). Nobody named: the police say it is too early (null)."),
    at("malaybalay-bus-bombing-2025-09-14", "2025-09-14", MALAYBALAY,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [2], [], [], [],
       ["d2_maramag_tv_rundown"], optional=True,
       note="Background in d2 with its own date ('last 14 September'): a bomb on a bus at the Malaybalay terminal "
            "killed two. Must not lend 2."),
    # --- Mali (Mopti): a village east of Koro attacked and burned, two health workers abducted; claimed -------------
    at("koro-tiguila-ka-village-attack-2026-07-12", "2026-07-12", KORO,
       "armed_assault", FAS, "claimed", None, ["firearm", "fire"], ["civilians", "health"], ["ngo"],
       [12, 17], [], [9], [], S[8:10], killed_best=17, injured_best=9,
       note="Sunday 12 July 2026 about 7 p.m.: armed men on motorbikes attacked Tiguila-Ka, an invented village "
            "'22 km east of Koro' (coded at Koro), killed villagers, burned granaries and the community health post, "
            "and took away two health workers of an invented NGO (ngo optional). e1 (a think tank's monthly conflict "
            "monitor for July, published 5 August, with a data table): the government's communiqué of 13 July said 12 "
            "killed; local associations counted 17; claimed on 14 July by the Front Ansar du Séno (invented). e2 (the "
            "Koro commune council's agenda and minutes, meeting of Monday 20 July; the meeting date dates nothing): "
            "the mayor reports 17 buried and 9 wounded, some sent to Mopti (hospital town, no scene)."),
    at("bankass-bus-ied-2026-07-03", "2026-07-03", BANKASS,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [6], [], [], [],
       ["e1_koro_conflict_monitor"], optional=True,
       note="Background row in e1's table with its own date (3 July 2026): a passenger bus hit a mine-type explosive "
            "on the Bankass road, six killed. Must not lend 6."),
]
groups = [dict(id=WAVE, members=["lakki-police-station-attack-2026-02-10", "tank-frontier-corps-post-attack-2026-02-10"],
               killed=[7], killed_optional=[5], injured=[12], injured_optional=[],
               note="Two attacks the same night in two towns of southern Khyber Pakhtunkhwa, claimed together: one wave. "
                    "a1: 7 killed (4 and 3) and 12 wounded in the two attacks (no split of the wounded); a2: the "
                    "channel's first figure '5 martyred' in both (superseded, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic50/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_timmins_morning_newsletter: a morning newsletter from Timmins, Ontario (Canada): a mine "
                           "rescue exercise with a simulated underground explosion, a police training day, a 'blast' "
                           "of Arctic air and a hockey 'shot'. No attack: no incident.",
                           "d1_maramag_police_blotter: a road accident, a fire drill and a basketball 'shot' in the "
                           "roundup are no attacks.",
                           "e2_koro_council_minutes: the council's other items (a water point, a gold-mining site "
                           "'mine', the budget) are no incidents.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic50.gold.json"), "w"), indent=1, ensure_ascii=False)
