#!/usr/bin/env python3
"""Writes synthetic31.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_gulf_weekly_incident_digest", "a2_al_khor_camp_firebomb_news",
     "b1_jeonju_market_photo_gallery", "b2_jeonju_market_wire",
     "c1_sur_police_station_explainer", "c2_sur_blamed_group_denies",
     "d1_woodlands_bus_stop_eyewitness", "d2_woodlands_man_charged",
     "e1_kawerau_constable_in_memoriam", "e2_kawerau_checkpoint_shooting_news",
     "f1_hamrun_wartime_bomb_detonated"]
SHORE = ["Northern Shore Brigade", "the Northern Shore Brigade", "Katibat al-Sahil al-Shamali",
         "Northern Shore Brigade (Katibat al-Sahil al-Shamali)"]
DHOW = ["Black Dhow Movement", "the Black Dhow Movement", "Harakat al-Dhow al-Aswad",
        "Black Dhow Movement (Harakat al-Dhow al-Aswad)"]
WAVE = "om-pumping-stations-ied-2026-03-31"
incidents = [
    # --- Oman and Qatar: an NGO's weekly digest (week 14 of 2026) with four incidents and a protest; a Doha news item
    inc("saham-pumping-station-ied-2026-03-31", "2026-03-31", "OM", "Al Batinah North", "Şaḩam", 24.17222, 56.88861,
        "bombing", None, None, None, ["ied"], ["utilities"], [], [], [], [1], [], [S[0]], group=WAVE,
        injured_best=1,
        note="Tuesday 31 March 2026 about 02:10: a home-made bomb left against the fence of a water pumping station "
             "outside Saham went off; a night guard hurt by flying debris (1 injured). a1 only (digest item "
             "'Al Batinah North - Saham (31 Mar)'). Nobody named."),
    inc("ibri-valve-station-ied-2026-03-31", "2026-03-31", "OM", "Ad Dhahirah", "‘Ibrī", 23.22573, 56.51572,
        "bombing", None, None, None, ["ied"], ["utilities"], [], [], [], [], [], [S[0]], group=WAVE,
        note="Tuesday 31 March 2026 about 02:50, some 40 minutes after Saham: a second device damaged a pipeline "
             "valve station near Ibri; nobody hurt. The digest says the authorities treat the two as linked: a "
             "group of two."),
    inc("al-khor-labour-camp-firebomb-2026-04-03", "2026-04-03", "QA", "Al Khor", "Al Khawr", 25.68389, 51.50583,
        "other", SHORE, "claimed", None, ["fire"], ["civilians"], ["business"], [], [], [3, 4], [1], S[0:2],
        injured_best=4,
        note="Friday 3 April 2026 about 01:30: petrol bombs thrown through the windows of a workers' accommodation "
             "block on the edge of Al Khor. a2 (Doha news site, Friday, dateline DOHA, the capital that is no scene): "
             "three workers treated for burns; a message on a Telegram channel of the Northern Shore Brigade "
             "(invented) claims it. a1 (digest, Tuesday 7 April): four workers treated for burns, one discharged (a "
             "part, optional); the claim on Telegram. injured_best 4 (the later count)."),
    inc("madinat-ash-shamal-port-stabbing-2026-04-05", "2026-04-05", "QA", "Madīnat ash Shamāl", "Madīnat ash Shamāl",
        26.12933, 51.2009,
        "armed_assault", None, None, None, ["knife"], ["business"], ["transportation"], [1], [], [1], [], [S[0]],
        killed_best=1, injured_best=1, documents_optional=["c2_sur_blamed_group_denies"],
        note="Sunday 5 April 2026 in the afternoon: a man with a knife attacked two security guards at the gate of "
             "the port of Madinat ash Shamal; one guard killed, the other wounded; the attacker shot dead by police "
             "(the attacker's own death is no victim). A lone attacker: perpetrator null. a1 reports it; c2 (about Sur) "
             "recalls it in one sentence ('a man with a knife killed a guard at a port in northern Qatar in April'): "
             "documents_optional (added after the texts were written)."),
    # --- South Korea: a car driven into a market crowd in Jeonju; a photo gallery told in captions; a wire report ----
    inc("jeonju-market-car-ramming-2026-10-17", "2026-10-17", "KR", "Jeollabuk-do", "Jeonju", 35.82194, 127.14889,
        "armed_assault", None, None, None, ["other"], ["civilians"], ["business"], [4], [3], [15], [12, 2],
        S[2:4], killed_best=4, injured_best=15,
        note="Saturday 17 October 2026 about 11:20: a man of 58 drove a van at speed along a covered market street "
             "(invented market) in Jeonju; 4 killed, 15 injured; arrested at the scene, acted alone (a lone "
             "attacker: perpetrator null). b2 (wire, Saturday, dateline SEOUL, the capital that is no scene): first "
             "three killed and twelve injured, then after an update four killed and fifteen injured (3 and 12 "
             "superseded: optional); two of the injured flown to a hospital in Gwangju (a hospital town that is no "
             "scene; 2 a part: optional). b1 (photo gallery, Sunday 18 October): a two-sentence intro and nine "
             "captions with place and time carry the story; 4 killed, 15 injured."),
    inc("daejeon-subway-stabbing-2025-08", "2025-08", "KR", "Daejeon", "Daejeon", 36.34913, 127.38493,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation"], [], [], [5], [],
        ["b2_jeonju_market_wire"], optional=True,
        note="Background in b2 with only a month ('in August 2025'): a man with a knife wounded five people at a "
             "subway station in Daejeon."),
    # --- Oman: gunfire and an explosive at the police station of Sur; an explainer; a next-day report with a denial -
    inc("sur-police-station-attack-2026-06-14", "2026-06-14", "OM", "Southeastern Governorate", "Sur", 22.56667,
        59.52889,
        "armed_assault", DHOW, "claimed", None, ["firearm", "explosive"], ["police"], ["government"],
        [2], [3, 1], [3], [2, 1], S[4:6], killed_best=2, injured_best=3,
        note="Sunday 14 June 2026 about 21:40: gunmen fired on the police station of Sur and threw an explosive "
             "charge at its gate; 2 police officers killed, 3 injured (one flown to Muscat, the capital that is no "
             "scene; 'Two of them ... the third': parts, optional). Claimed in a video posted online by the Black Dhow Movement (invented); the interior ministry "
             "blames the Eastern Shura Front (invented), which denies in c2 (responsibility stays 'claimed': the "
             "claimant's own claim). c2 (Muscat-datelined report, Monday 15 June): 'three people died, among them "
             "one of the attackers' (3 and the attacker's 1: optional). c1 ('What we know so far' explainer, "
             "Tuesday 16 June): question headings; 'Has this happened before?' with two older attacks (optional "
             "incidents)."),
    inc("ibra-police-patrol-shooting-2024-10", "2024-10", "OM", "Northeastern Governorate", "Ibrā’", 22.69057,
        58.53337,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [2], [], [S[4]], optional=True,
        note="Background in c1 with only a month ('In October 2024'): shots at a police patrol near Ibra wounded "
             "two officers."),
    inc("badiyah-police-post-bomb-2025-02-03", "2025-02-03", "OM", "Northeastern Governorate", "Badīyah", 22.45, 58.8,
        "bombing", None, None, None, ["explosive"], ["police"], [], [1], [], [], [], [S[4]], optional=True,
        note="Background in c1 with its own day ('on 3 February 2025'): a bomb left outside a police post in "
             "Bidiyah killed one officer."),
    # --- Singapore: a shooting at a bus stop in Woodlands; a first-person essay; a court report ---------------------
    inc("woodlands-bus-stop-shooting-2026-09-10", "2026-09-10", "SG", None, "Woodlands", 1.43801, 103.78877,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["transportation"], [1], [], [2], [],
        S[6:8], killed_best=1, injured_best=2,
        note="Thursday 10 September 2026 about 07:45: a man fired a pistol at people waiting at a bus stop in "
             "Woodlands; 1 killed (a man of 62), 2 injured. d1 (first-person essay, Tuesday 15 September): the place "
             "only in the standfirst, the day only as 'last Thursday'. d2 (court report, Saturday 12 September): a "
             "man of 41 charged with murder; nobody else involved (perpetrator null). admin1 null (GeoNames has no "
             "admin1 name for SG.03)."),
    # --- New Zealand: a constable shot at a checkpoint near Kawerau dies nine days later in Hamilton ---------------
    inc("kawerau-checkpoint-shooting-2026-07-04", "2026-07-04", "NZ", "Bay of Plenty", "Kawerau", -38.1, 176.7,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [2], [1], S[8:10], killed_best=1,
        note="Saturday 4 July 2026 about 22:15: a driver stopped at a police checkpoint at Waiharoa Flat (invented, "
             "not in the gazetteer), 'about 8 km south of Kawerau', fired a rifle at two constables; one shot in the "
             "abdomen, the other hurt by glass (1, a part: optional). e2 (news, Sunday 5 July): two officers "
             "injured, one critical. The constable died on Monday 13 July in hospital in Hamilton (nine days later; "
             "a hospital town that is no scene). e1 ('In memoriam' page, Thursday 16 July, with condolences): the "
             "incident is the shooting, dated the day he was shot: killed 1. injured_best unscored (a wounded man "
             "died). The gunman, arrested two days later, acted alone: perpetrator null."),
]
groups = [dict(id=WAVE, members=["saham-pumping-station-ied-2026-03-31", "ibri-valve-station-ied-2026-03-31"],
               killed=[], killed_optional=[], injured=[1], injured_optional=[],
               note="Two bombs at water installations in two governorates of Oman within 40 minutes; the digest says "
                    "the authorities treat them as linked: one guard injured in all.")]
gold = dict(about="Hand-coded reference for eval/synthetic31/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_hamrun_wartime_bomb_detonated: a Second World War bomb found on a building site in "
                           "Ħamrun (Malta) was detonated by bomb disposal experts at 14:30 on Wednesday 20 May 2026 "
                           "after 2,000 residents were evacuated; no one hurt. No attack: no incident.",
                           "a1_gulf_weekly_incident_digest: the item 'Ad Dakhiliyah - Nizwa (1 Apr)' is a peaceful "
                           "protest of job seekers, no violence: no incident.",
                           "Aggregates: security incidents recorded in Oman since January (a1); road and pedestrian "
                           "deaths in Korea last year (b2); police officers killed on duty in New Zealand since 1890 "
                           "(e1); bombs found in Malta each year (f1).",
                           "Arrests, a charge in court, a funeral, a vigil, a protest, an evacuation and a controlled "
                           "explosion are no attacks. Headline lists under related-story headings and photo captions "
                           "with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic31.gold.json"), "w"), indent=1, ensure_ascii=False)
