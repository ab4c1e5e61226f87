#!/usr/bin/env python3
"""Writes synthetic37.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_klaksvik_match_report_stabbing", "a2_klaksvik_stabbing_arrests",
     "b1_sisimiut_town_hall_blast_wire", "b2_sisimiut_town_hall_blast_wire_correction",
     "c1_dominica_travel_advice", "c2_portsmouth_harbour_shooting_news",
     "d1_manx_north_rss_feed", "d2_ramsey_bank_siege_news",
     "e1_reinsurance_loss_bulletin", "e2_sandy_point_fuel_terminal_news",
     "f1_antigua_airport_hoax_charge"]
NAF = ["Nunarput Action Front", "the Nunarput Action Front", "NAF", "Nunarput Action Front (NAF)"]
RBC = ["Rupert Bay Crew", "the Rupert Bay Crew", "RBC"]
LSF = ["Liamuiga Sovereignty Front", "the Liamuiga Sovereignty Front", "LSF", "Liamuiga Sovereignty Front (LSF)"]
incidents = [
    # --- Faroe Islands: a match report whose last paragraphs tell of a stabbing outside the ground; next day's news ---
    inc("klaksvik-stadium-stabbing-2026-05-17", "2026-05-17", "FO", "Norðoyar", "Klaksvík", 62.22655, -6.58901,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [1], [], [5], [4, 3, 2], S[0:2],
        killed_best=1, injured_best=5,
        note="Sunday 17 May 2026 about 18:40, after a league match (invented clubs) at the (invented) Fjallavøllur "
             "ground in Klaksvík: a fight between groups of fans at the bus stop outside the ground; a visiting fan "
             "stabbed to death, four others stabbed or cut. a1 (sports page match report, Sunday evening: score, "
             "scorers, line-ups, table, fixtures; the last paragraphs: one killed, four injured, taken to the hospital "
             "in Tórshavn, a hospital town that is no scene). a2 (news, Monday 18 May, dateline TÓRSHAVN, the "
             "capital that is no scene): two fans arrested and named; a fifth injured man went to hospital himself: "
             "five injured (4 superseded: optional), three discharged and two still in hospital (parts: optional, added after the texts were written). Individuals, no group: perpetrator null."),
    # --- Greenland: a translated wire on a bomb at the town hall of Sisimiut at night; next day's corrected wire -----
    inc("sisimiut-town-hall-bomb-2026-11-06", "2026-11-06", "GL", "Qeqqata", "Sisimiut", 66.93946, -53.6735,
        "bombing", NAF, "claimed", None, ["ied"], ["government"], [], [], [], [2], [], S[2:4], injured_best=2,
        note="Friday 6 November 2026 at 00:40: a home-made explosive device placed at the main door of the town hall "
             "of Sisimiut exploded; a night watchman and a passer-by injured, nobody killed. b1 (wire translated from "
             "Danish, 06.11.2026, dateline NUUK, the capital that is no scene) first gave the hour as 'about 23.30 on "
             "Thursday 05.11.2026'; b2 (wire of 07.11.2026) corrects it to 00.40 on 06.11.2026 and reports a claim by "
             "the Nunarput Action Front (invented) in a letter sent to an (invented) newspaper. One of the injured "
             "flown to Nuuk (hospital town, no scene)."),
    inc("maniitsoq-municipal-office-arson-2025-03", "2025-03", "GL", "Qeqqata", "Maniitsoq", 65.41506, -52.89822,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [], [S[3]], optional=True,
        note="Background in b2 (only a month: 'in March 2025'): a fire set at the door of the municipal office in "
             "Maniitsoq; nobody hurt, never solved."),
    # --- Dominica: a government travel-advice page whose Latest updates tell of a shooting at Portsmouth harbour ----
    inc("portsmouth-harbour-shooting-2026-07-11", "2026-07-11", "DM", "Saint John", "Portsmouth", 15.58288, -61.45592,
        "armed_assault", RBC, "denied", None, ["firearm"], ["civilians"], ["business", "transportation"], [3], [4, 2],
        [2], [], S[4:6], killed_best=3, injured_best=2,
        note="Saturday 11 July 2026 about 17:20: a gunman opened fire on fishermen and vendors at the fishing harbour "
             "of Portsmouth; three killed, two injured; the gunman shot dead by police (his death optional: 'four "
             "people died, including the gunman' 4 optional; c2's 'Two fishermen died at the scene' before a woman died in hospital: 2 optional, added after the texts were written). c1 (travel advice of the invented Kingdom of Norvandia, "
             "'Latest updates' of 13 July; the Terrorism section recalls an older attack in Roseau). c2 (news site, "
             "Sunday 12 July, dateline ROSEAU, the capital and hospital town that is no scene): police say the gunman "
             "belonged to the (invented) Rupert Bay Crew, which denies it in a video: responsibility 'denied'."),
    inc("roseau-bus-terminal-bomb-2025-02-09", "2025-02-09", "DM", "Saint George", "Roseau", 15.30174, -61.38808,
        "bombing", None, None, None, ["explosive"], ["transportation"], ["civilians"], [], [], [3], [], [S[4]],
        optional=True,
        note="Background in c1's Terrorism section (its own date: 9 February 2025): a small explosive device went off "
             "at a bus terminal in Roseau, injuring three people. Must not lend 3 to Portsmouth."),
    # --- Isle of Man: an RSS feed of one outlet, four items updating a hostage-taking at a bank in Ramsey; news -----
    inc("ramsey-bank-hostage-2026-09-15", "2026-09-15", "IM", "Ramsey", "Ramsey", 54.32273, -4.38526,
        "kidnapping", None, None, None, ["firearm"], ["business", "civilians"], ["police"], [1], [2], [2], [3],
        S[6:8], killed_best=1,
        note="Tuesday 15 September 2026 from about 10:05: a man with a shotgun held staff and customers in a branch "
             "of an (invented) bank in Ramsey; police marksmen shot him dead about 13:30. Three hostages injured, one "
             "of whom died that evening in the hospital in Douglas (hospital town and capital, no scene): one killed, "
             "two injured (3 superseded: optional; injured_best unscored, a wounded woman died; 'two people died "
             "including the gunman' 2 optional). d1 (RSS feed, eight items, four of them on the siege). d2 (news, "
             "Wednesday 16 September). A man of 46 who acted alone: perpetrator null."),
    inc("peel-taxi-driver-stabbing-2025-11", "2025-11", "IM", "Peel", "Peel", 54.22209, -4.69099,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation"], [], [], [1], [], [S[6]],
        optional=True,
        note="Background in an unrelated RSS item (a court sentencing): a taxi driver stabbed in Peel in November "
             "2025."),
    # --- St Kitts: a reinsurance bulletin's loss event (fuel terminal bombing); a short local news item -------------
    inc("sandy-point-fuel-terminal-bombing-2026-08-19", "2026-08-19", "KN", "Saint Anne Sandy Point",
        "Sandy Point Town", 17.35908, -62.84858,
        "bombing", LSF, "claimed", None, ["ied"], ["utilities", "business"], ["civilians"], [], [], [5], [4, 2],
        S[8:10], injured_best=5,
        note="Wednesday 19 August 2026 about 02:50: two explosive charges placed against storage tanks of a fuel "
             "terminal at Cravenshaw Bay (invented village, not in the gazetteer), 'about 3 km south-east of Sandy "
             "Point Town': coded at Sandy Point Town. Nobody killed. e2 (local news item, Wednesday 19 August): four "
             "workers injured, taken to the hospital in Basseterre (capital and hospital town, no scene), two of them later flown to Puerto Rico (a part: optional, added after the texts were written); a claim by "
             "the Liamuiga Sovereignty Front (invented) on a Telegram channel. e1 (reinsurance market bulletin, "
             "Friday 21 August): five injured (4 superseded: optional), claimed by the LSF, an estimated insured "
             "loss."),
]
gold = dict(about="Hand-coded reference for eval/synthetic37/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=[],
            not_incidents=["f1_antigua_airport_hoax_charge: a hoax bomb threat phoned to the international airport "
                           "near St John's (Antigua) on Wednesday 14 October 2026; the terminal evacuated, nothing "
                           "found; a man charged on Friday 16 October with making the hoax call. No attack, no "
                           "incident.",
                           "e1's other loss events (an accidental warehouse fire, a grounded cargo ship, flood "
                           "damage) and its storm watch are no attacks.",
                           "Aggregates: assaults at football grounds last season (a2); shootings in Dominica this "
                           "year (c2) and in 2025 (c1); explosions at public buildings in Greenland (b2); political violence loss notifications year to date (e1); hoax threats in Antigua this year (f1); police shootings on the Isle of Man (d2).",
                           "Arrests, a charge, a court sentence, a travel warning and a statement are no attacks. "
                           "Headline lists under related-story headings and photo captions with other places and "
                           "dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic37.gold.json"), "w"), indent=1, ensure_ascii=False)
