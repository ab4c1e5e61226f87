#!/usr/bin/env python3
"""Writes synthetic42.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_iraq_twin_bombs_wire", "a2_iraq_parliament_debate",
     "b1_limbe_match_report", "b2_limbe_regional_daily",
     "c1_paris_police_blotter", "c2_paris_obituary_notice",
     "d1_baidoa_ngo_appeal", "d2_somalia_travel_advisory",
     "e1_florencia_insurance_notice", "e2_florencia_radio_phone_in",
     "f1_kitui_fact_check"]
HDB = ["Hamrin Dawn Brigades", "the Hamrin Dawn Brigades", "Hamrin Dawn Brigade", "Saraya Fajr Hamrin"]
FRF = ["Fako Restoration Forces", "the Fako Restoration Forces", "FRF", "Fako Restoration Forces (FRF)"]
SHF = ["Shabeel Front", "the Shabeel Front", "Jabhadda Shabeel"]
SAMARRA = ("IQ", "Salah ad Din", "Sāmarrā’", 34.1959, 43.88568)
TIKRIT = ("IQ", "Salah ad Din", "Tikrit", 34.61581, 43.67861)
LIMBE = ("CM", "South-West", "Limbe", 4.02356, 9.20607)
PARIS = ("US", "Texas", "Paris", 33.66094, -95.55551)
BAIDOA = ("SO", "Bay", "Baidoa", 3.11383, 43.6498)
BELEDWEYNE = ("SO", "Hiiraan", "Beledweyne", 4.73583, 45.20361)
FLORENCIA = ("CO", "Caquetá", "Florencia", 1.61438, -75.60623)
WAVE = "salah-ad-din-twin-bombs-2026-03-05"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Iraq (Salah ad Din): a car bomb in Samarra and a roadside bomb at Tikrit the same night; a wire and a debate --
    at("samarra-market-car-bomb-2026-03-05", "2026-03-05", SAMARRA,
       "bombing", HDB, "claimed", None, ["vehicle_bomb"], ["civilians", "business"], ["religious"],
       [9], [], [], [], S[0:2], group=WAVE, killed_best=9,
       note="Thursday 5 March 2026 about 9:40 p.m.: a car packed with explosives blew up at the entrance of the "
            "evening vegetable market on Souq al-Khudra Street (invented) in Samarra: 9 killed (a2, the minister in "
            "the debate of Monday 9 March). The wounded are given only for the two blasts together (41, see the "
            "group). Claimed for both blasts by the Hamrin Dawn Brigades (invented) in an online statement on Friday. "
            "a1 (wire, Friday 6 March, dateline BAGHDAD, no scene) gives only a total for the two. Some wounded were "
            "moved to Baghdad (a hospital town, no scene). Pilgrims on their way to the shrine were among the victims "
            "(religious optional)."),
    at("tikrit-checkpoint-roadside-bomb-2026-03-05", "2026-03-05", TIKRIT,
       "bombing", HDB, "claimed", None, ["ied"], ["military"], ["transportation"],
       [5], [], [], [], S[0:2], group=WAVE, killed_best=5,
       note="The same night about 10:05 p.m., some 60 km to the north: a roadside bomb exploded as soldiers checked "
            "cars at the army checkpoint on the southern entrance of Tikrit: 5 killed (four soldiers and a taxi "
            "driver), per a2. Claimed together with the Samarra bomb."),
    at("samarra-market-car-bomb-2024-08-17", "2024-08-17", SAMARRA,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians"], ["business"], [7], [], [], [],
       ["a2_iraq_parliament_debate"], documents_optional=["a1_iraq_twin_bombs_wire"], optional=True,
       note="Background in a2 with its own date ('on 17 August 2024'): a car bomb at the same Samarra market killed "
            "seven. a1 recalls it without a figure. Must not merge with the 2026 wave or lend 7."),
    # --- Cameroon (South-West): gunmen attack the police post at a stadium gate in Limbe during a match ---------------
    at("limbe-stadium-gate-attack-2026-04-25", "2026-04-25", LIMBE,
       "armed_assault", FRF, "denied", None, ["firearm", "grenade"], ["police", "civilians"], [],
       [2, 3], [], [9], [4, 8], S[2:4], killed_best=3,
       note="Saturday 25 April 2026 about 4:50 p.m., in the second half of a league match: gunmen on motorcycles "
            "fired on the police post at the main gate of the Seaside Stadium (invented) in Limbe and threw a grenade "
            "into the queue outside. b1 (match report, Saturday evening, 'LIMBE -'): 2 killed (a police officer and a "
            "groundnut seller), 9 injured 'four of them critically' (a part, optional). b2 (regional daily, Monday 27 "
            "April, dateline BUEA: the regional capital and hospital town, no scene): a 17-year-old spectator died on "
            "Sunday at the regional hospital in Buea; toll 3; 'the eight other wounded' (a part, optional). The "
            "governor blames the Fako Restoration Forces (invented), which deny it in a post on social media "
            "('denied'). killed_best 3; injured_best unscored (one wounded died). Limbe shares its name with a town "
            "in Malawi and one in Haiti. Match words ('shot', 'blasted', 'killer pass') are no attack."),
    at("limbe-taxi-bomb-2024-11-22", "2024-11-22", LIMBE,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [], [], [3], [],
       ["b2_limbe_regional_daily"], optional=True,
       note="Background in b2 with its own date ('on 22 November 2024'): a bomb hidden in a taxi at the Mile Four "
            "roundabout (invented) in Limbe wounded three. Must not lend 3."),
    # --- United States (Texas): a driver rams a festival crowd in Paris, Texas; police blotter and an obituary ---------
    at("paris-festival-vehicle-ramming-2026-06-13", "2026-06-13", PARIS,
       "armed_assault", None, None, None, ["vehicle", "knife"], ["civilians"], [],
       [1, 2], [], [7], [], S[4:6], killed_best=2,
       note="Saturday 13 June 2026 about 7:42 p.m.: a man drove a pickup into the crowd at the Whitfield Square "
            "summer festival (invented square) in Paris, Texas, then got out with a knife and was held by bystanders "
            "until officers arrested him; police say he acted alone (a lone attacker: perpetrator null). c1 (the "
            "police department's daily activity report as a table, published Monday 15 June): 1 dead at the scene, "
            "7 taken to hospital. c2 (a funeral home's obituary notice, Friday 19 June): a woman of Paris died "
            "'Wednesday, June 17' at a hospital in Tyler (a hospital town, no scene) of injuries received 'on the "
            "evening of Saturday, June 13' at the festival, 'one of two people' who died. killed_best 2; "
            "injured_best unscored (one of the 7 died). Paris shares its name with the French capital and with "
            "towns in several other US states."),
    # --- Somalia (Bay): mortar rounds on a displacement camp and its clinic west of Baidoa; an NGO appeal, an advisory -
    at("baidoa-camp-clinic-mortar-2026-04-12", "2026-04-12", BAIDOA,
       "shelling", SHF, "attributed", None, ["mortar"], ["civilians", "health"], ["ngo"],
       [3, 5], [], [11], [], S[6:8], killed_best=5,
       note="Sunday 12 April 2026 about 8:30 p.m.: mortar rounds fell on the Hawo Barwaaqo displacement camp "
            "(invented, not in the gazetteer) 'about 5 km west of Baidoa' and hit the clinic run there by the "
            "invented aid group Tamarind Health Alliance; coded at Baidoa. d1 (the NGO's donor appeal, Tuesday 14 "
            "April, dateline NAIROBI, no scene): 3 killed, among them a nurse of the clinic; 11 injured; a wounded "
            "midwife flown to Mogadishu (a hospital town, no scene); 'we do not know who fired'. d2 (a government "
            "travel advisory updated Monday 20 April): 'at least five people, including a health worker' killed, "
            "according to local authorities, who blamed the Shabeel Front (invented): 'attributed'. killed_best the "
            "later 5."),
    at("beledweyne-hotel-car-bomb-2026-01-28", "2026-01-28", BELEDWEYNE,
       "bombing", None, None, None, ["vehicle_bomb"], ["business", "civilians"], [], [11], [], [], [],
       ["d2_somalia_travel_advisory"], optional=True,
       note="Background in d2 with its own date ('On 28 January 2026'): a car bomb at a hotel in Beledweyne killed 11. "
            "Must not lend 11."),
    # --- Colombia (Caquetá): a bomb at a bank's door in Florencia; an insurer's claim notice, a radio phone-in ---------
    at("florencia-bank-bomb-2026-09-18", "2026-09-18", FLORENCIA,
       "bombing", None, None, None, ["ied"], ["business", "civilians"], [],
       [1], [2], [14], [], S[8:10], killed_best=1, injured_best=14,
       note="Friday 18 September 2026 about 9:15 p.m.: a homemade bomb left in a backpack at the door of a branch of "
            "the invented Banco Amazónico Popular on Carrera Los Yarumos (invented) in the centre of Florencia, "
            "Caquetá, exploded; the night guard killed, 14 injured; shop fronts damaged. e2 (radio phone-in of Monday "
            "21 September): the host's earlier 'two dead' is corrected inside the programme to one (2 superseded, "
            "optional); a critically injured man flown to Neiva (a hospital town, no scene). e1 (an insurer's notice "
            "to policyholders, Tuesday 22 September: 'on the night of Friday 18 September'; its claim deadlines and "
            "policy dates date nothing). No claim, nobody named (perpetrator null); a caller's guess names no group. "
            "Florencia shares its name with towns in Cuba, Costa Rica, Mexico and the department of Cauca."),
    at("florencia-bus-terminal-bomb-2025-03-14", "2025-03-14", FLORENCIA,
       "bombing", None, None, None, ["explosive"], ["transportation", "civilians"], [], [2], [], [], [],
       ["e2_florencia_radio_phone_in"], optional=True,
       note="Background in e2 with its own date ('the fourteenth of March last year'): an explosive at the Florencia "
            "bus terminal killed two. Must not lend 2."),
]
groups = [dict(id=WAVE, members=["samarra-market-car-bomb-2026-03-05",
                                 "tikrit-checkpoint-roadside-bomb-2026-03-05"],
               killed=[14], killed_optional=[11], injured=[41], injured_optional=[30],
               note="A car bomb in Samarra and a roadside bomb at Tikrit 25 minutes apart, claimed together: one wave. "
                    "a2 (the minister, Monday 9 March): 14 killed (9 + 5), 41 injured in the two attacks (no split). "
                    "a1 (wire, Friday 6 March): 'at least 11 killed' and '30 wounded' in the two blasts (superseded, "
                    "optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic42/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_kitui_fact_check: a fact-check of a viral claim of a 'bomb attack' at the bus park of "
                           "Kitui (Kenya): the video shows a cooking-gas cylinder that exploded by accident at a food "
                           "kiosk (two people burned) and an older clip of blasting at a limestone quarry. No attack: "
                           "no incident.",
                           "Aggregates and non-attacks: a police drill, a fireworks call and a car crash in the Paris "
                           "blotter; an arrest; funerals; insurance claim deadlines; a match's violent words; a "
                           "mine (a mining site) in the debate.",
                           "Headline lists under related-story headings and photo captions with other places and "
                           "dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic42.gold.json"), "w"), indent=1, ensure_ascii=False)
