#!/usr/bin/env python3
"""Writes synthetic35.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_freeport_embassy_security_alert", "a2_freeport_cruise_terminal_shooting_news",
     "b1_island_risk_weekly_brief", "b2_tung_chung_tseung_kwan_o_blasts_news",
     "c1_pelican_gully_church_survivor_interview", "c2_pelican_gully_church_machete_news",
     "d1_isangel_riot_photo_gallery", "d2_isangel_police_station_fire_denial",
     "e1_neiafu_market_blast_aggregator", "e2_neiafu_market_bombing_claim",
     "f1_mulifanua_wharf_counter_terror_drill"]
TLDM = ["Tafea Land Defence Movement", "the Tafea Land Defence Movement", "TLDM",
        "Tafea Land Defence Movement (TLDM)"]
TFB = ["Toa Fonua Brigade", "the Toa Fonua Brigade", "TFB", "Toa Fonua Brigade (TFB)"]
WAVE = "hong-kong-twin-blasts-2026-06-03"
incidents = [
    # --- Bahamas: gunmen fire on people near the cruise-ship terminal of Freeport; an embassy alert; a local report ---
    inc("freeport-cruise-terminal-shooting-2026-03-12", "2026-03-12", "BS", "Freeport", "Freeport", 26.53333, -78.7,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["transportation", "business"], [3], [2], [5],
        [4, 2], S[0:2], killed_best=3, documents_optional=[S[2]],
        note="Thursday 12 March 2026 about 17:45: two men fired from a car on taxi drivers and passers-by at the taxi "
             "rank outside the cruise-ship terminal of Freeport Harbour; police: two killed, five injured. a1 (security "
             "alert of the invented Embassy of Velmoria in Nassau, Friday 13 March: Nassau the capital that is no "
             "scene): two killed, five injured (2 superseded: optional). a2 (Grand Bahama news site, Friday 13 March, "
             "with an update on Saturday 14 March): the police's two killed and five injured, then one of the injured "
             "died in a hospital in Nassau (hospital town, no scene): three killed; the four others and the two of "
             "them in a stable condition (parts: optional; 2 added after the texts were written). injured_best unscored (a wounded man died). Nobody named: perpetrator null. b1 (the weekly "
             "brief, June) recalls it in one line (documents_optional)."),
    # --- Hong Kong (and Vanuatu, Barbados): a consultancy's weekly brief; a Hong Kong news report of the two blasts ---
    inc("tung-chung-bus-terminus-blast-2026-06-03", "2026-06-03", "HK", "Islands", "Tung Chung", 22.28783, 113.94243,
        "bombing", None, None, None, ["ied"], ["transportation"], ["civilians"], [], [], [3], [], S[2:4], group=WAVE,
        injured_best=3,
        note="Wednesday 3 June 2026 about 23:10: a home-made device exploded beside a bus shelter at the bus terminus "
             "of Tung Chung; a driver and two passengers injured. b1 (brief, Monday 8 June) and b2 (Hong Kong news "
             "site, Thursday 4 June: 'last night'). Nobody named; no claim."),
    inc("tseung-kwan-o-arcade-blast-2026-06-03", "2026-06-03", "HK", "Sai Kung", "Tseung Kwan O", 22.32789, 114.24992,
        "bombing", None, None, None, ["ied"], ["civilians", "business"], [], [1], [], [6], [5], S[2:4], group=WAVE,
        killed_best=1, injured_best=6,
        note="Wednesday 3 June 2026 about 23:40, thirty minutes after Tung Chung and some 32 km east: a device in a "
             "rubbish bin outside a shopping arcade in Tseung Kwan O; a cleaner killed, six injured. b2 (Thursday "
             "morning): one killed, five injured (5 superseded: optional). b1 (Monday): six injured (a man who came "
             "to hospital later); the brief calls the two blasts coordinated (one wave)."),
    inc("luganville-cash-van-shooting-2026-06-05", "2026-06-05", "VU", "Sanma", "Luganville", -15.51989, 167.16235,
        "armed_assault", None, None, None, ["firearm"], ["business"], ["civilians"], [], [], [1], [], [S[2]],
        injured_best=1,
        note="Friday 5 June 2026 about 14:00: two gunmen fired on a cash-in-transit van outside a bank on the main "
             "street of Luganville; a guard wounded. b1 only (Vanuatu heading)."),
    inc("oistins-fish-market-shooting-2026-06-06", "2026-06-06", "BB", "Christ Church", "Oistins", 13.07067, -59.54637,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [], [], [2], [], [S[2]],
        injured_best=2,
        note="Saturday 6 June 2026 about 21:30: a man fired a pistol at the fish market of Oistins; two fishermen "
             "wounded. b1 only (Barbados heading). Nobody named."),
    # --- Barbados: a man with a machete at a Sunday service in Pelican Gully near Speightstown; interview; news -------
    inc("speightstown-pelican-gully-church-machete-2026-08-16", "2026-08-16", "BB", "Saint Peter", "Speightstown",
        13.25072, -59.64396,
        "armed_assault", None, None, None, ["knife"], ["religious"], ["civilians"], [1], [], [3], [2], S[4:6],
        killed_best=1, injured_best=3,
        note="Sunday 16 August 2026 about 10:20: a man with a machete walked into the morning service of Bethel "
             "Gospel Hall in Pelican Gully (invented village, not in the gazetteer), 'about 4 km east of "
             "Speightstown': coded at Speightstown. A deacon killed, three worshippers injured; the man, 31, held by "
             "worshippers and arrested (acted alone: perpetrator null). c2 (Barbados news site, Monday 17 August): the "
             "police's one killed, three injured, two of them taken to the hospital in Bridgetown (a part: optional; "
             "Bridgetown the capital and hospital town that is no scene). c1 (interview with a survivor, Wednesday 2 "
             "September): the same figures; she recalls an older arson (optional incident)."),
    inc("checker-hall-church-hall-arson-2019-04", "2019-04", "BB", "Saint Lucy", "Checker Hall", 13.28445, -59.64223,
        "other", None, None, None, ["fire"], ["religious"], [], [], [], [], [], [S[4]], optional=True,
        note="Background in c1 (the survivor's memory, only a month: 'in April 2019'): a man set fire to a church hall "
             "in Checker Hall; nobody hurt."),
    # --- Vanuatu: a crowd burns the police station of Isangel (Tanna); a photo gallery; a Port Vila report ----------
    inc("isangel-police-station-riot-fire-2026-10-10", "2026-10-10", "VU", "Tafea", "Isangel", -19.54167, 169.28167,
        "other", TLDM, "denied", None, ["fire"], ["police"], ["government"], [], [], [6], [2, 4], S[6:8],
        injured_best=6,
        note="Saturday 10 October 2026 about 16:00: after a land-court ruling a crowd set the police station of "
             "Isangel on fire; six police officers hurt (burns, smoke) as they got out; nobody killed. Two with burns flown to "
             "Port Vila, four hurt by smoke (parts: optional, 4 added after the texts were written; Port Vila the capital and hospital town that is no scene). d1 (photo "
             "gallery, Sunday 11 October; captions from other days and places) and d2 (Port Vila news site, Monday 12 "
             "October, dateline PORT VILA): the police commander blames the Tafea Land Defence Movement (invented); "
             "the movement denies it in a statement: responsibility 'denied'."),
    # --- Tonga: a bomb in the waterfront market of Neiafu; an aggregator page of snippets; the next day's article ----
    inc("neiafu-waterfront-market-bombing-2026-11-21", "2026-11-21", "TO", "Vava‘u", "Neiafu", -18.65144, -173.98354,
        "bombing", TFB, "claimed", None, ["ied"], ["civilians"], ["business"], [7], [4, 5, 6, 15], [20], [12, 9],
        S[8:10], killed_best=7, injured_best=20,
        note="Saturday 21 November 2026 about 07:50: a bomb hidden in a cool-box exploded among the stalls of the "
             "waterfront market of Neiafu. e1 (aggregator page, Saturday): four snippets of other outlets with 4, "
             "five and 'at least 6' killed and 12 injured (superseded: optional). e2 (Nuku'alofa news site, Sunday 22 "
             "November, dateline NUKU'ALOFA, the capital that is no scene): seven killed, twenty injured, nine of them "
             "flown to Nuku'alofa (a part: optional; hospital town, no scene); a claim by the Toa Fonua Brigade "
             "(invented) on a Telegram channel boasting 'more than 15' killed (the claimant's figure: optional)."),
    inc("pangai-fuel-store-blast-2025-01", "2025-01", "TO", "Ha‘apai", "Pangai", -19.81468, -174.35423,
        "bombing", None, None, None, ["explosive"], ["business"], [], [2], [], [], [], [S[9]], optional=True,
        note="Background in e2 (only a month: 'in January 2025'): an explosion at a fuel store in Pangai that killed "
             "two workers, never solved."),
]
groups = [dict(id=WAVE, members=["tung-chung-bus-terminus-blast-2026-06-03", "tseung-kwan-o-arcade-blast-2026-06-03"],
               killed=[1], killed_optional=[], injured=[9], injured_optional=[8],
               note="Two home-made devices the same night thirty minutes apart in Tung Chung and Tseung Kwan O; the "
                    "brief calls them coordinated: one killed and nine injured in all (b2's eight superseded).")]
gold = dict(about="Hand-coded reference for eval/synthetic35/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_mulifanua_wharf_counter_terror_drill: a police counter-terrorism exercise at the "
                           "Mulifanua ferry wharf (Samoa) on Tuesday 14 July 2026: blank rounds, a smoke device, "
                           "role-players made up as casualties; residents alarmed. 'This was an exercise': no attack, "
                           "no incident.",
                           "b1: a peaceful march in Nuku'alofa (Tonga) on Friday 5 June 2026 (a protest with no "
                           "violence) and a 'Looking ahead' warning of a feared attack around 1 July: no incidents.",
                           "Aggregates: shootings in Grand Bahama this year (a2); attacks on churches in Barbados (c1); "
                           "arson cases on Tanna (d2); explosions in Tonga since 2020 (e2).",
                           "Arrests, a court appearance, an embassy's advice, a funeral and a statement are no attacks. "
                           "Headline lists under related-story headings and photo captions with other places and "
                           "dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic35.gold.json"), "w"), indent=1, ensure_ascii=False)
