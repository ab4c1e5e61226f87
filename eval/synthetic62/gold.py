#!/usr/bin/env python3
"""Writes synthetic62.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_monguno_bama_what_we_know", "a2_monguno_bama_sports_postponed",
     "b1_garoowe_tv_bulletin", "b2_garoowe_court_report",
     "c1_ramadi_hit_correspondent_dispatch", "c2_ramadi_factbox",
     "d1_kidapawan_fact_check", "d2_kidapawan_survivor_interview",
     "e1_dondo_government_statement", "e2_dondo_week_in_review",
     "f1_athlone_garda_blotter"]
SVB = ["Sahel Vanguard Brotherhood", "SVB", "the Sahel Vanguard Brotherhood", "Sahel Vanguard"]
CMF = ["Coastal Mujahideen Front", "CMF", "the Coastal Mujahideen Front", "Jabhat Mujahidin al-Sahil"]
EWB = ["Euphrates Wrath Battalions", "the Euphrates Wrath Battalions", "Kataib Ghadab al-Furat",
       "Kata'ib Ghadab al-Furat", "Euphrates Wrath Battalion"]
DKC = ["Dawlah Kutawato Cell", "the Dawlah Kutawato Cell", "DKC", "Dawlah Kutawato"]
SPRF = ["Sofala Patriotic Resistance Front", "the Sofala Patriotic Resistance Front", "SPRF",
        "Frente de Resistência Patriótica de Sofala", "FRPS"]
MONGUNO = ("NG", "Borno", "Monguno", 12.67059, 13.61224)
BAMA = ("NG", "Borno", "Bama", 11.52134, 13.68952)
GUBIO = ("NG", "Borno", "Gubio", 12.49749, 12.78089)
GAROOWE = ("SO", "Nugaal", "Garoowe", 8.40207, 48.48284)
RAMADI = ("IQ", "Al Anbar", "Ramadi", 33.42056, 43.30778)
HIT = ("IQ", "Al Anbar", "Hit", 33.63664, 42.82768)
HADITHAH = ("IQ", "Al Anbar", "Hadithah", 34.13661, 42.37727)
RAWAH = ("IQ", "Al Anbar", "Rawah", 34.48229, 41.91898)
KIDAPAWAN = ("PH", "Soccsksargen", "Kidapawan", 7.00833, 125.08944)
DONDO = ("MZ", "Sofala", "Dondo", -19.60944, 34.74306)
CHIMOIO = ("MZ", "Manica", "Chimoio", -19.11639, 33.48333)
WAVE = "monguno-bama-twin-bombings-2016-02-13"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Nigeria (Borno): a suicide bomber at the fish market of Monguno and a motorbike bomb at a motor park near Bama --
    at("monguno-fish-market-suicide-bombing-2016-02-13", "2016-02-13", MONGUNO,
       "bombing", SVB, "claimed", True, ["suicide_vest"], ["civilians"], ["business"],
       [11, 14], [], [], [], S[0:2], group=WAVE, killed_best=14,
       note="Saturday 13 February 2016 about 10:15 a.m.: a woman wearing explosives blew herself up in the fish market "
            "of Monguno. a1 ('What we know so far' explainer, Sunday 14 February): police 11 killed, the town hospital "
            "14; wounded only for both towns together (52, on the group). a2 (sports page, Monday 15 February: 'on "
            "Saturday'): 14 in Monguno, the claim by the Sahel Vanguard Brotherhood (invented) in a video on Sunday."),
    at("bama-motor-park-motorbike-bomb-2016-02-13", "2016-02-13", BAMA,
       "bombing", SVB, "claimed", None, ["ied"], ["transportation", "civilians"], [],
       [5], [], [], [], S[0:2], group=WAVE, killed_best=5,
       note="Saturday 13 February 2016 about 10:40 a.m.: a bomb hidden in a parked motorbike exploded at a motor park "
            "'about 3 km from Bama' on the Maiduguri road: 5 killed. Bomb in a parked motorbike: ied (convention). "
            "Wounded taken to Maiduguri (hospital town, no scene)."),
    at("gubio-horsemen-raid-2016-01-28", "2016-01-28", GUBIO,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [7], [], [], [],
       [], documents_optional=["a1_monguno_bama_what_we_know"], optional=True,
       note="Background in a1 with its own date ('on 28 January'): gunmen on horseback raided Gubio, 7 killed. a1 also "
            "gives a war-wide toll ('more than 20,000 since 2009'), no incident."),
    # --- Somalia (Nugaal): car bomb and gunmen at a hotel in Garoowe ------------------------------------------------------
    at("garoowe-hotel-car-bomb-and-gunmen-2019-06-20", "2019-06-20", GAROOWE,
       "bombing", CMF, "claimed", None, ["vehicle_bomb", "firearm"], ["business", "civilians"], ["government"],
       [8, 9], [], [17], [], S[2:4], killed_best=9,
       note="Thursday 20 June 2019 about 8:30 p.m.: a car bomb at the gate of the (invented) Nugaal Palms hotel in "
            "Garoowe, then three gunmen stormed in; guards killed two attackers (not victims) and one was captured. "
            "b1 (TV breakfast bulletin script, Friday 21 June: 'last night'): 8 killed 'not counting two attackers', 17 "
            "wounded, some flown to Bosaso (hospital town, no scene); the Coastal Mujahideen Front (invented) claimed "
            "it on its radio. b2 (court report, 26 November 2019, months later): 9 killed, a cook having died of his "
            "wounds four days later; 17 wounded. injured_best unscored (one of the wounded died)."),
    # --- Iraq (Anbar): a cart bomb at a police recruiting centre in Ramadi; an unrelated shooting near Hit the same day --
    at("ramadi-police-recruits-cart-bomb-2008-04-16", "2008-04-16", RAMADI,
       "bombing", EWB, "denied", None, ["ied"], ["police"], ["civilians"],
       [7, 9], [], [21], [], S[4:6], killed_best=9, injured_best=21,
       note="Wednesday 16 April 2008 about 8 a.m.: a bomb hidden in a vegetable handcart parked by the queue of police "
            "recruits outside a recruiting centre in Ramadi: c1 (correspondent's dispatch datelined 17 April, "
            "published 18 April: 'on Wednesday'): 7 killed, 21 wounded; police blame the Euphrates Wrath Battalions "
            "(invented), which deny ('denied'). c2 (FACTBOX, 21 April): 9 killed, 21 wounded (toll revised). Bomb in "
            "a parked cart: ied (convention)."),
    at("hit-council-member-shooting-2008-04-16", "2008-04-16", HIT,
       "assassination", None, None, None, ["firearm"], ["government"], ["civilians"],
       [1], [], [1], [], S[4:6],
       note="Same day, unrelated (no group): gunmen in a car shot dead a district council member outside his shop "
            "'about 5 km from Hit' / 'near Hit', his nephew wounded. Nobody named. c1 and c2 both list it."),
    at("hadithah-market-mortars-2008-03-29", "2008-03-29", HADITHAH,
       "shelling", None, None, None, ["mortar"], ["civilians", "business"], [], [4], [], [11], [],
       [], documents_optional=["c2_ramadi_factbox"], optional=True,
       note="Older FACTBOX item with its own date (29 March): mortar rounds on a market in Hadithah, 4 killed, 11 "
            "wounded."),
    at("rawah-police-patrol-roadside-bomb-2008-02-10", "2008-02-10", RAWAH,
       "bombing", None, None, None, ["ied"], ["police"], [], [3], [], [], [],
       [], documents_optional=["c2_ramadi_factbox"], optional=True,
       note="Older FACTBOX item with its own date (10 February): a roadside bomb hit a police patrol near Rawah, 3 "
            "policemen killed. The factbox's monthly nationwide toll is no incident."),
    # --- Philippines (Cotabato): a bomb in a parked motorcycle at the public market of Kidapawan ----------------------
    at("kidapawan-market-motorcycle-bomb-2021-09-11", "2021-09-11", KIDAPAWAN,
       "bombing", DKC, "attributed", None, ["ied"], ["civilians", "business"], [],
       [3, 4], [30], [24], [4], S[6:8], killed_best=4,
       note="Saturday 11 September 2021 about 5:45 p.m.: a bomb hidden in a parked motorcycle exploded outside a "
            "bakery at the public market of Kidapawan. d1 (fact-check, Tuesday 14 September): a viral post's '30 "
            "dead' is false (optional, a debunked figure); police: 3 killed, 24 wounded; the army blames the Dawlah "
            "Kutawato Cell (invented): attributed. d2 (survivor interview, Friday 17 September): a fourth victim died "
            "on Wednesday in a Davao City hospital (hospital town, no scene): 4 killed. d1's 'Four of the wounded' transferred to Davao is a part (injured_optional 4). injured_best unscored. The "
            "viral photo was of the 2019 earthquake in Makilala: no attack."),
    # --- Mozambique (Sofala): gunmen ambush a bus on the EN6 near Dondo ------------------------------------------------
    at("dondo-en6-bus-ambush-2023-08-15", "2023-08-15", DONDO,
       "armed_assault", SPRF, "attributed", None, ["firearm", "fire"], ["transportation", "civilians"], [],
       [6, 7], [], [9], [], S[8:10], killed_best=7, injured_best=9,
       note="Tuesday 15 August 2023 about 6 a.m.: gunmen ambushed a passenger bus on the EN6 'about 12 km from Dondo' "
            "and set it alight; troops killed three attackers (not victims). e1 (Ministry of the Interior statement "
            "Ref. MINT/GCI/0219/2023, Wednesday 16 August): 6 killed, 9 wounded taken to Beira (hospital town, no "
            "scene); attributes it to the Sofala Patriotic Resistance Front (invented). e2 (week in review, Saturday "
            "19 August: 'on Tuesday'): a seventh body found in the burnt bus: 7 killed, 9 wounded. Dondo shares its "
            "name with a town in Angola."),
    at("chimoio-police-post-arson-2023-08-08", "2023-08-08", CHIMOIO,
       "other", None, None, None, ["fire"], ["police"], [], [], [], [], [],
       [], documents_optional=["e2_dondo_week_in_review"], optional=True,
       note="Background in e2 with its own date ('on 8 August'): a police post on the outskirts of Chimoio burned at "
            "night, nobody hurt. e2 also gives a war-wide toll for Cabo Delgado (no incident)."),
]
groups = [dict(id=WAVE, members=["monguno-fish-market-suicide-bombing-2016-02-13",
                                 "bama-motor-park-motorbike-bomb-2016-02-13"],
               killed=[19], killed_optional=[16], injured=[52], injured_optional=[],
               note="Two bombings the same morning in two Borno towns, claimed together: one wave. The wounded (52) "
                    "are only given for both towns together; 19 dead in all (16 on the police count, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic62/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_athlone_garda_blotter: a suspicious device by a canal bridge near Athlone made safe by "
                           "the army in a controlled explosion was a hoax; the other items (a crash, a burglary, a "
                           "shed fire) are no attacks. No incident.",
                           "d1_kidapawan_fact_check: the 2019 Makilala earthquake photo is no attack.",
                           "a1/c2/e2: war-wide, monthly and yearly tolls are no incidents.",
                           "Related-links lists and photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic62.gold.json"), "w"), indent=1, ensure_ascii=False)
