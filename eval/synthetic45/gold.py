#!/usr/bin/env python3
"""Writes synthetic45.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_kohat_hangu_wire", "a2_kohat_hangu_monitoring_claim",
     "b1_sumy_repair_tender", "b2_sumy_regional_daily",
     "c1_bandiagara_embassy_message", "c2_bandiagara_thinktank_digest",
     "d1_chiquimula_opinion_column", "d2_chiquimula_wiki_talk",
     "e1_poso_election_results", "e2_poso_police_roll_of_honour",
     "f1_hakodate_ski_federation_statement"]
LSK = ["Lashkar-e-Sarhad", "Lashkar e Sarhad", "the Lashkar-e-Sarhad", "LeS", "Lashkar-i-Sarhad"]
RUS = ["Russia", "Russian forces", "Russian army", "the Russian army", "Russian armed forces"]
KMH = ["Katiba Macina-Hombori", "the Katiba Macina-Hombori", "Katiba Macina Hombori", "KMH"]
KOHAT = ("PK", "Khyber Pakhtunkhwa", "Kohat", 33.58196, 71.44929)
HANGU = ("PK", "Khyber Pakhtunkhwa", "Hangu", 33.53198, 71.0595)
KARAK = ("PK", "Khyber Pakhtunkhwa", "Karak", 33.11633, 71.09354)
SUMY = ("UA", "Sumy", "Sumy", 50.9216, 34.80029)
BANDIAGARA = ("ML", "Mopti", "Bandiagara", 14.35005, -3.61038)
DOUENTZA = ("ML", "Mopti", "Douentza", 15.00155, -2.94978)
CHIQUIMULA = ("GT", "Chiquimula", "Chiquimula", 14.8, -89.54583)
ESQUIPULAS = ("GT", "Chiquimula", "Esquipulas", 14.56571, -89.35166)
POSO = ("ID", "Central Sulawesi", "Poso", -1.3959, 120.7524)
WAVE = "kohat-hangu-night-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Pakistan (Khyber Pakhtunkhwa): a police checkpoint in Kohat and a girls' school in Hangu, one night -------------
    at("kohat-police-checkpoint-attack-2026-02-10", "2026-02-10", KOHAT,
       "armed_assault", LSK, "claimed", None, ["firearm", "grenade"], ["police"], [],
       [4, 5], [], [], [], S[0:2], group=WAVE, killed_best=5,
       note="The night of Tuesday 10 February 2026 about 11 p.m.: gunmen fired on and threw grenades at the police "
            "checkpoint at the Kohat tunnel road on the edge of Kohat; four policemen killed (a1, the wire, Wednesday "
            "11 February, dateline PESHAWAR, no scene). a2 (a monitoring service's summary of the group's channel post, "
            "Thursday 12 February): a constable wounded at Kohat died in a Peshawar hospital on Thursday: five police "
            "killed at Kohat. The wounded are given only for the two attacks together (nine, see the group). Claimed "
            "by the Lashkar-e-Sarhad (invented) on its channel; its own claim of 'more than twenty' police killed is "
            "the perpetrator's figure (optional)."),
    at("hangu-girls-school-bombing-2026-02-11", "2026-02-11", HANGU,
       "bombing", LSK, "claimed", None, ["explosive"], ["education"], ["civilians"],
       [1], [], [], [], S[0:2], group=WAVE, killed_best=1,
       note="The same night, about 1:30 a.m. on Wednesday 11 February 2026: explosives planted at a government girls' "
            "high school in Hangu (some 40 km west of Kohat) blew down two classrooms and killed the night watchman. "
            "Claimed together with Kohat. Hangu shares its name with towns in China and Romania."),
    at("karak-gas-field-guards-attack-2025-11-23", "2025-11-23", KARAK,
       "armed_assault", None, None, None, ["firearm"], ["business"], [], [2], [], [], [],
       ["a1_kohat_hangu_wire"], optional=True,
       note="Background in a1 with its own date ('on 23 November last year'): two security guards of a gas field near "
            "Karak shot dead. Must not lend 2 to February."),
    # --- Ukraine (Sumy): drones hit a power substation and a trolleybus depot ------------------------------------------
    at("sumy-substation-depot-drone-strike-2026-03-14", "2026-03-14", SUMY,
       "air_strike", RUS, "attributed", None, ["drone"], ["utilities", "transportation"], ["civilians", "business"],
       [2], [1], [11], [4], S[2:4], killed_best=2, injured_best=11,
       note="Saturday 14 March 2026 about 11:40 p.m.: several attack drones hit a power substation and the trolleybus "
            "depot next to it in Sumy; the city's mayor and the regional administration blame Russia. b2 (regional "
            "daily, Sunday 15 March): first 'one worker killed', then an update inside the page: two depot workers "
            "killed (1 superseded, optional), eleven injured 'four of them seriously' (part, optional). b1 (a tender "
            "notice of the city utility for repairs, published 2 April; its deadlines and site-visit dates date "
            "nothing) refers to the strike of 14 March that killed two employees."),
    # --- Mali (Mopti): three aid workers abducted and their driver shot near Bandiagara --------------------------------
    at("bandiagara-aid-workers-kidnapping-2026-05-07", "2026-05-07", BANDIAGARA,
       "kidnapping", KMH, "denied", None, ["firearm"], ["ngo"], ["transportation"],
       [1], [], [], [], S[4:6], killed_best=1,
       note="Thursday 7 May 2026 in the evening: armed men stopped a vehicle of an invented NGO near the village of "
            "Dourou-Kanda (invented), 'about 12 km east of Bandiagara' on the road to the cliffs (coded at "
            "Bandiagara), shot dead the driver and took away three staff members. c1 (an embassy's security message "
            "and FAQ for its citizens, Friday 8 May: 'yesterday evening'); c2 (a think-tank weekly digest, Monday 11 "
            "May): the army blames the Katiba Macina-Hombori (invented), which denies in an audio message. Sévaré and "
            "Mopti are where the body was taken and where the embassy warden sits (no scene)."),
    at("douentza-bus-attack-2026-05-02", "2026-05-02", DOUENTZA,
       "armed_assault", None, None, None, ["firearm", "fire"], ["transportation", "civilians"], [], [7], [], [], [],
       ["c2_bandiagara_thinktank_digest"], optional=True,
       note="Background item in c2 with its own date ('Saturday 2 May'): a passenger bus stopped and burned near "
            "Douentza, seven passengers killed. Must not lend 7 to Bandiagara."),
    # --- Guatemala (Chiquimula): a radio journalist shot dead outside his station; the guard dies later ----------------
    at("chiquimula-radio-journalist-shooting-2026-06-13", "2026-06-13", CHIQUIMULA,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians", "business"],
       [1, 2], [], [2], [3], S[6:8], killed_best=2,
       note="Saturday 13 June 2026 about 9:15 p.m.: two men on a motorcycle shot the host of an evening programme of an "
            "invented local radio station as he left the building in Chiquimula; he died on the spot; the station's "
            "guard and a passer-by were wounded and taken to Zacapa (hospital town, no scene). The guard died there on "
            "Tuesday 16 June: 2 killed (best 2). Nobody named (perpetrator null). d2 (a wiki talk page, edits dated "
            "June 2026 that date nothing) discusses the figures: 1 then 2 killed, 2 injured (one outlet's 3 injured, "
            "optional). d1 (an opinion column, Friday 19 June) recalls older attacks. injured_best unscored."),
    at("esquipulas-bus-station-shooting-2024-09-08", "2024-09-08", ESQUIPULAS,
       "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], [], [3], [], [], [],
       ["d1_chiquimula_opinion_column"], optional=True,
       note="Background in d1 with its own date ('8 September 2024'): gunmen shot three people at the bus station of "
            "Esquipulas. Must not lend 3 to June 2026."),
    # --- Indonesia (Central Sulawesi): a lone man firebombs the election office of Poso and stabs a policeman ----------
    at("poso-election-office-firebomb-stabbing-2026-11-19", "2026-11-19", POSO,
       "armed_assault", None, None, None, ["fire", "knife"], ["government", "police"], [],
       [1], [0], [3], [], S[8:10], killed_best=1,
       note="Thursday 19 November 2026 about 10:30 p.m., during the count of a regional by-election: a man threw petrol "
            "bombs at the district election commission office in Poso, then stabbed a police officer guarding it; "
            "two commission staff burned (3 injured in e1, the results page, Friday 20 November, which says nobody "
            "died: 0, superseded, optional). The officer died in hospital in Palu (hospital town, no scene) on Saturday 21 November (e2, the "
            "police roll-of-honour page): 1 killed. The police say the man acted alone (perpetrator null). "
            "injured_best unscored (one of the wounded died)."),
]
groups = [dict(id=WAVE, members=["kohat-police-checkpoint-attack-2026-02-10", "hangu-girls-school-bombing-2026-02-11"],
               killed=[6], killed_optional=[5], injured=[9], injured_optional=[],
               note="Two attacks the same night in two towns of Khyber Pakhtunkhwa, claimed together: one wave. a1: five "
                    "killed (four police, the watchman) and nine wounded in the two (no split of the wounded); a2: six "
                    "after the wounded constable's death.")]
gold = dict(about="Hand-coded reference for eval/synthetic45/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_hakodate_ski_federation_statement: a ski federation's statement on a chairlift "
                           "accident at a ski ground near Hakodate (Hokkaido, Japan) during a junior competition: an "
                           "accident, no attack; 'shot', 'blast' of cold air, an old mine and an evacuation drill are "
                           "no attacks. No incident.",
                           "a2: the group's 'more than twenty' police killed is the perpetrator's own claim.",
                           "e1: the election results, 'landslide' and 'battle' words are no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; older attacks on the roll-of-honour page are named without dates or "
                           "tolls and are no incidents."])
with open(os.path.join(here, "synthetic45.gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(incidents), "incidents,", sum(1 for i in incidents if i.get("optional")), "optional,", len(groups), "group(s)")
