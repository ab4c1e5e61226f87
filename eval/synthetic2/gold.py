#!/usr/bin/env python3
"""Writes synthetic2.gold.json (coded by hand before Sitrep was first run on the set)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["k1_kismayo_local", "k2_kismayo_wire", "k3_kismayo_radio", "p1_maguindanao_daily", "p2_maguindanao_tv",
     "u1_spokane_paper", "u2_spokane_tv"]
DI = ["Dawlah Islamiyah", "Dawlah Islamiya", "Dawlah Islamiyah-Philippines", "Daulah Islamiyah"]
incidents = [
    inc("kismayo-hotel-2025-03-07", "2025-03-07", "SO", "Lower Juba", "Kismayo", -0.35817, 42.54536, "armed_assault",
        "al-Shabaab", "claimed", True, ["vehicle_bomb", "firearm"], ["business", "civilians"], ["government", "military"],
        [11, 9, 17], [4, 5], [30, 26, 40], [], S[0:3], killed_best=17, injured_best=40,
        note="Car bomb at the gate of the Sahal Beach Hotel on Friday evening (7 March), then three gunmen; siege ends "
             "Saturday morning. 11 dead, more than 30 wounded (police commander, k1); at least 9 dead (police officer, k2), "
             "26 wounded admitted (hospital doctor, k2); 17 dead, 40 wounded (Jubaland security minister, k3). "
             "Attackers told apart: 4 (k1: the bomber and three gunmen) / 5 (k2) - optional. Al-Shabaab claimed "
             "(Andalus radio k1, website k2, k3). k3's 'Kismayo hotel siege ends after 14 hours' is a link to k1's story."),
    inc("kismayo-guesthouse-2022-07", "2022-07", "SO", "Lower Juba", "Kismayo", -0.35817, 42.54536, "armed_assault",
        "al-Shabaab", None, None, None, ["business"], ["civilians"], [14], [], [], [], ["k2_kismayo_wire"], optional=True,
        note="Background in k2: in July 2022 al Shabaab stormed a seafront guesthouse in Kismayo, 14 killed. "
             "Must not lend 14 to the 2025 siege."),
    inc("datu-piang-convoy-2025-05-20", "2025-05-20", "PH", "Bangsamoro", "Datu Piang", 7.02833, 124.5025, "bombing",
        DI, "attributed", None, ["ied"], ["military"], [], [3, 4], [], [6, 5], [], S[3:5], killed_best=4,
        note="IED beside an Army (6th ID) convoy on the highway in Datu Piang, Maguindanao del Sur, Tuesday 8:30 a.m. "
             "3 killed, 6 hurt (division spokesperson, p1); a fourth died that night, five others recovering (6th ID, p2). "
             "Blamed on Dawlah Islamiyah by the military; no claim."),
    inc("isulan-grenade-2025-05-20", "2025-05-20", "PH", "Soccsksargen", "Isulan", 6.62944, 124.605, "bombing",
        None, None, None, ["grenade"], ["civilians"], ["business"], [], [], [7, 8], [], S[3:5], injured_best=8,
        note="Same day, separate: grenade thrown at people outside a bakery near the public market in Isulan, Sultan "
             "Kudarat, ~4 p.m. 7 wounded (police chief, p1), 8 (police, p2). No deaths. Police: not linked to the "
             "Datu Piang bombing (no group)."),
    inc("spokane-bowling-2025-08-16", "2025-08-16", "US", "Washington", "Spokane", 47.65966, -117.42908, "armed_assault",
        None, None, None, ["firearm"], ["civilians"], ["business"], [3, 4], [], [8, 9, 7, 10], [], S[5:7],
        killed_best=4,
        note="Shooting at Northgate Lanes bowling alley, Saturday 10:12 p.m. 3 killed, 8 wounded (police lieutenant, u1); "
             "9 patients (hospital, u1, one hurt in the crush); 4 killed, 7 wounded by gunfire still in hospital (police "
             "chief, u2); 10 patients treated (hospital, u2). Suspect named (Corbin Ellery Vance, 27, arrested): a lone "
             "individual, no organisation, so perpetrator and responsibility are left unscored (null)."),
    inc("spokane-transit-plaza-2019-11", "2019-11", "US", "Washington", "Spokane", 47.65966, -117.42908, "armed_assault",
        None, None, None, ["firearm"], ["civilians"], ["transportation"], [2], [], [5], [], ["u1_spokane_paper"],
        documents_optional=["u2_spokane_tv"], optional=True,
        note="Background in u1 (and a related link in u2): in November 2019 a gunman killed two, injured five at the "
             "downtown transit plaza. Must not lend 2/5 to the 2025 shooting."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic2/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was first run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["Related-article headlines (k1, k2, k3, p1, p2, u1, u2): other attacks, no article text.",
                           "Aggregates: 'tens of thousands of lives since 2007' (k3); 'at least 11 soldiers have died in "
                           "IED attacks in Maguindanao since January' (p2).",
                           "Photo captions with places and dates (k1, k3, p1, u1)."])
json.dump(gold, open(os.path.join(here, "synthetic2.gold.json"), "w"), indent=1, ensure_ascii=False)
