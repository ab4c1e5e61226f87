#!/usr/bin/env python3
"""Writes synthetic49.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_kongoussi_boulsa_flash_update", "a2_kongoussi_boulsa_cluster_minutes",
     "b1_jawhar_radio_bulletin_translated", "b2_jawhar_corrections_column",
     "c1_barcelona_stadium_sports_story", "c2_barcelona_social_thread",
     "d1_khagrachhari_district_press_statement", "d2_bangladesh_list_of_attacks_2026",
     "e1_sabha_airline_security_notice", "e2_sabha_court_verdict_summary",
     "f1_calama_travel_blog"]
HAS = ["Harakat Ansar al-Shabeelle", "HAS", "the Harakat Ansar al-Shabeelle", "Ansar al-Shabeelle",
       "Harakat Ansar al-Shabeelle (HAS)"]
SNV = ["Sindicato del Neverí", "Sindicato del Neveri", "the Sindicato del Neverí", "El Sindicato del Neverí",
       "Neverí Syndicate"]
KONGOUSSI = ("BF", "Centre-Nord", "Kongoussi", 13.32583, -1.53472)
BOULSA = ("BF", "Centre-Nord", "Boulsa", 12.66664, -0.57469)
KORSIMORO = ("BF", "Centre-Nord", "Korsimoro", 12.82506, -1.06737)
JAWHAR = ("SO", "Middle Shabele", "Jawhar", 2.78087, 45.50048)
BARCELONA = ("VE", "Anzoátegui", "Barcelona", 10.13625, -64.68618)
PLC = ("VE", "Anzoátegui", "Puerto La Cruz", 10.21382, -64.6328)
KHAGRA = ("BD", "Chittagong", "Khagrachhari", 23.10787, 91.97007)
COXS = ("BD", "Chittagong", "Cox’s Bāzār", 21.43973, 92.00955)
KUSHTIA = ("BD", "Khulna", "Kushtia", 23.9028, 89.11943)
SABHA = ("LY", "Sabhā", "Sabhā", 27.03766, 14.42832)
UBARI = ("LY", "Wādī al Ḩayāt", "Ubari", 26.59034, 12.77511)
WAVE = "kongoussi-boulsa-night-attacks-2026-02-05"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Burkina Faso (Centre-Nord): two attacks one night, Kongoussi and a village near Boulsa; nobody named ---------
    at("kongoussi-gendarmerie-prefecture-attack-2026-02-05", "2026-02-05", KONGOUSSI,
       "armed_assault", None, None, None, ["firearm", "grenade"], ["police", "government"], ["civilians"],
       [7], [5, 2], [], [], S[0:2], group=WAVE, killed_best=7,
       note="Thursday 5 February 2026 about 11 p.m.: armed men attacked the gendarmerie brigade of Kongoussi and the "
            "prefecture next to it with guns and grenades: 7 killed (five gendarmes and two civilians, parts optional). "
            "Nobody named ('non-State armed groups', 'unidentified armed men': perpetrator null). a1 (UN-style flash "
            "update, Saturday 7 February); a2 (cluster meeting minutes, meeting of Tuesday 10 February). The wounded "
            "are given only for both attacks together (19, on the group); they were taken to Kaya (hospital town, no "
            "scene)."),
    at("boulsa-village-health-centre-attack-2026-02-06", "2026-02-06", BOULSA,
       "armed_assault", None, None, None, ["firearm", "fire"], ["health", "civilians"], ["ngo"],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="The same night, 'around 1 a.m. on Friday 6 February': another group raided Tangaré-Yiri (an invented "
            "village 'some 15 km west of Boulsa'; coded at Boulsa), shot people and burned the health centre, "
            "supported by an invented NGO (ngo optional): 4 killed (a2). Nobody named."),
    at("korsimoro-water-truck-attack-2026-01-28", "2026-01-28", KORSIMORO,
       "armed_assault", None, None, None, ["firearm", "fire"], ["utilities", "transportation"], ["civilians"],
       [2], [], [], [], ["a2_kongoussi_boulsa_cluster_minutes"], optional=True,
       note="Background in a2 with its own date ('on Wednesday 28 January'): a water-tanker truck burned and its two "
            "drivers killed on the road near Korsimoro. Must not lend 2."),
    # --- Somalia (Middle Shabele): a car bomb at a hotel gate in Jawhar; radio bulletin and corrections column ---------
    at("jawhar-hotel-car-bomb-2026-03-21", "2026-03-21", JAWHAR,
       "bombing", HAS, "claimed", None, ["vehicle_bomb"], ["government", "business", "civilians"], [],
       [7, 10], [9], [15], [4], S[2:4], killed_best=10,
       note="Saturday 21 March 2026 about 7:30 p.m.: a car bomb exploded at the gate of a hotel in Jawhar where district "
            "officials were meeting elders. b1 (a translated radio bulletin, Sunday 22 March morning: 'last evening'): 7 "
            "killed, 15 wounded 'four of them critically' (part, optional), the most serious flown to Mogadishu "
            "(hospital town, no scene); claimed by the Harakat Ansar al-Shabeelle (invented). b2 (corrections column, "
            "Thursday 26 March): our Monday report said seven; the regional administration's figure at the time was "
            "nine (superseded, optional), and one of the wounded died in Mogadishu on Tuesday 24 March: 10 killed. "
            "injured_best unscored (one wounded died)."),
    at("jawhar-airstrip-mortar-2026-02-14", "2026-02-14", JAWHAR,
       "shelling", None, None, None, ["mortar"], ["transportation"], [], [], [], [2], [],
       ["b1_jawhar_radio_bulletin_translated"], optional=True,
       note="Background in b1 with its own date ('on 14 February'): mortar rounds on Jawhar's airstrip wounded two "
            "workers. Must not lend 2."),
    # --- Venezuela (Anzoátegui): gunmen fire on a police checkpoint near a stadium in Barcelona -------------------------
    at("barcelona-stadium-checkpoint-shooting-2026-05-10", "2026-05-10", BARCELONA,
       "armed_assault", SNV, "denied", None, ["firearm", "grenade"], ["police", "civilians"], ["business"],
       [3], [2], [6], [2], S[4:6], killed_best=3, injured_best=6,
       note="Sunday 10 May 2026 about 9:40 p.m., after a match: gunmen on motorbikes fired on a police checkpoint by "
            "the (invented) Estadio Municipal del Neverí in Barcelona and threw a grenade at a bakery nearby. c2 (a "
            "compiled social-media thread, posts Sunday night to Monday): 'Unconfirmed: 2 dead' at first (superseded, "
            "optional; also the part 'two police officers'), then the state police chief: 3 killed (two officers and a street vendor) and "
            "6 injured; he blames the Sindicato del Neverí (invented gang), whose leader denies in a voice note "
            "(denied); '2 of the injured still serious' is a part (optional). c1 (a sports site, Monday 11 May, dateline Puerto La Cruz, no scene): 3 killed, 6 injured. "
            "Barcelona shares its name with Spain's city; sports words ('shot', 'attack', 'killer ball') are no "
            "attacks."),
    at("puerto-la-cruz-market-grenade-2025-05-02", "2025-05-02", PLC,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [], [], [], [5], [],
       ["c2_barcelona_social_thread"], optional=True,
       note="Background in c2 ('el 2 de mayo del año pasado'): a grenade thrown into the market of Puerto La Cruz "
            "wounded five. Must not lend 5."),
    # --- Bangladesh (Chittagong): a journalist hacked to death near Khagrachhari; nobody named ------------------------
    at("khagrachhari-journalist-killing-2026-08-11", "2026-08-11", KHAGRA,
       "assassination", None, None, None, ["knife"], ["journalists"], ["civilians"],
       [1], [], [1, 2], [], S[6:8],
       killed_best=1,
       note="The night of Tuesday 11 August 2026 about 10 p.m.: a local newspaper's correspondent (invented person) "
            "was hacked with machetes by unidentified men on his way home to Dhurbachhara Para (an invented village "
            "'about six kilometres north of Khagrachhari town'; coded at Khagrachhari); he died on the spot; his "
            "nephew, who was with him, was wounded and taken to Chattogram (hospital city, no scene). d1 (the district "
            "administration's press statement, Wednesday 12 August: 1 killed, 1 injured; 'miscreants', nobody "
            "named). d2 (an encyclopedia-style list of attacks in Bangladesh in 2026, edited in September): 1 killed, "
            "2 injured (figures differ; injured_best left out)."),
    at("coxs-bazar-bus-terminal-crude-bombs-2026-01-19", "2026-01-19", COXS,
       "bombing", None, None, None, ["explosive"], ["transportation", "civilians"], [], [], [], [3], [],
       ["d2_bangladesh_list_of_attacks_2026"], optional=True,
       note="Background row in d2: crude bombs at a bus terminal in Cox's Bazar on 19 January 2026, three injured."),
    at("kushtia-school-arson-2026-06-03", "2026-06-03", KUSHTIA,
       "other", None, None, None, ["fire"], ["education"], [], [], [], [], [],
       ["d2_bangladesh_list_of_attacks_2026"], optional=True,
       note="Background row in d2: a school set on fire at night in Kushtia on 3 June 2026, nobody hurt (arson)."),
    # --- Libya (Sabhā): rockets on Sabha airport; an airline security notice and a court verdict summary --------------
    at("sabha-airport-rocket-attack-2026-10-17", "2026-10-17", SABHA,
       "shelling", None, None, None, ["rocket"], ["transportation"], ["police", "government"],
       [1], [], [3, 4], [], S[8:10], killed_best=1,
       note="Saturday 17 October 2026 about 11:40 p.m.: several rockets hit Sabha airport, the apron and the terminal, "
            "damaging a parked airliner. e1 (an airline's security notice, Sunday 18 October: 'last night'): one "
            "airport security guard killed, three staff injured; flights suspended to 20 October (dates that date "
            "nothing). e2 (a court verdict summary published Thursday 22 October about an older kidnapping case; the "
            "defendants' transfer to Sabha was delayed by 'the rocket fire on Sabha airport on the night of Saturday 17 "
            "October'): one killed, four injured. Nobody named (perpetrator null). injured_best left out (3 vs 4)."),
    at("ubari-engineers-kidnapping-2024-03-03", "2024-03-03", UBARI,
       "kidnapping", None, None, None, ["firearm"], ["utilities"], ["civilians"], [], [], [], [],
       ["e2_sabha_court_verdict_summary"], optional=True,
       note="Background: the case judged in e2: four foreign engineers abducted at a water pumping station near Ubari "
            "on Sunday 3 March 2024 (released after 40 days). Hearing and verdict dates date nothing."),
]
groups = [dict(id=WAVE, members=["kongoussi-gendarmerie-prefecture-attack-2026-02-05",
                                 "boulsa-village-health-centre-attack-2026-02-06"],
               killed=[11], killed_optional=[9], injured=[19], injured_optional=[],
               note="Two attacks the same night in two towns of the Centre-Nord region: one wave. a1 (flash update, "
                    "Saturday): 'at least nine killed' at first (superseded, optional), then 11 killed and 19 injured "
                    "for both (no split of the wounded); a2 gives 7 and 4.")]
gold = dict(about="Hand-coded reference for eval/synthetic49/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_calama_travel_blog: a travel blog from Calama (Chile): a copper-mine tour with its "
                           "scheduled blasting, a hostel fire drill, a 'blast' of desert wind, a protest march that "
                           "passed peacefully. No attack: no incident.",
                           "d2: the 2026 Rangamati bus accident (brake failure, 9 dead) is no attack; the human chain "
                           "of 14 August is a protest.",
                           "a2: the cholera drill and the 'mine action' session are no attacks; b1/b2: the football "
                           "'shot', the goalkeeper 'shot down' by a clearance and a 'blast' of wind are no attacks.",
                           "c1/c2: a football match's 'shot', 'attack' and 'killer' words are no attacks.",
                           "e1: flight suspension and reopening dates date nothing; e2: hearings and the verdict are no "
                           "attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic49.gold.json"), "w"), indent=1, ensure_ascii=False)
