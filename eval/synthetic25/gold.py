#!/usr/bin/env python3
"""Writes synthetic25.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_latvia_2026_timeline", "a2_rezekne_regional_news",
     "b1_plock_live_updates", "b2_plock_translated_daily",
     "c1_croatia_ministry_statement", "c2_slavonski_brod_wire",
     "d1_italy_saturday_roundup", "d2_crotone_local_ambush",
     "e1_press_freedom_alert_rivera", "e2_rivera_local_daily",
     "f1_darwin_airport_exercise"]
EFJ = ["Eastern Frontier Justice", "the Eastern Frontier Justice", "Eastern Frontier Justice (Telegram channel)"]
FRONT = ["Fronte Armato del Marchesato", "FAM", "Armed Front of the Marchesato", "Marchesato Armed Front",
         "Fronte Armato del Marchesato (FAM)"]
incidents = [
    # --- Latvia: a year timeline page ("2026 in Latvia") with three attacks among non-violent entries ----------------
    inc("daugavpils-church-stabbing-2026-04-19", "2026-04-19", "LV", "Daugavpils", "Daugavpils", 55.88333, 26.53333,
        "armed_assault", None, None, None, ["knife"], ["religious", "civilians"], [], [1], [], [3], [],
        ["a1_latvia_2026_timeline"], killed_best=1, injured_best=3,
        note="Sunday 19 April 2026: a man with a knife attacked people "
             "leaving a morning service outside a church in Daugavpils; a woman of 71 killed, three injured; the man, "
             "a local resident, was detained at the scene (a lone attacker: perpetrator null). a1 (timeline page "
             "published 2 December 2026, dated entry under April)."),
    inc("rezekne-car-bomb-2026-08-08", "2026-08-08", "LV", "Rēzekne", "Rēzekne", 56.51028, 27.34,
        "bombing", EFJ, "claimed", None, ["ied"], ["government"], ["civilians"], [], [], [2], [],
        ["a1_latvia_2026_timeline", "a2_rezekne_regional_news"], injured_best=2,
        note="Saturday 8 August 2026 about 7:45 a.m.: a home-made bomb under the car of a customs officer exploded "
             "outside his block of flats in Rēzekne as he started the engine; he was seriously injured and a neighbour "
             "was cut by glass (2 injured). a2 (Latgale regional site, Sunday 9 August; the officer flown to Riga, a "
             "hospital town that is no scene, where the customs chief spoke): late on Saturday a Telegram channel "
             "calling itself 'Eastern Frontier Justice' (invented) claimed the bombing (claimed; police checking it). "
             "a1: the dated August entry, the same claim; two men linked to cigarette smuggling arrested in September. "
             "(Adjusted after writing: the gold of the first commit had no claim and perpetrator null; the claim was "
             "added to the texts to give the set a claim on a messaging channel.)"),
    inc("ludza-border-patrol-shots-2026-10", "2026-10", "LV", "Ludzas novads", "Ludza", 56.53958, 27.71891,
        "armed_assault", None, None, None, ["firearm"], ["police"], ["military", "government"], [], [], [], [],
        ["a1_latvia_2026_timeline"], optional=True,
        note="Timeline entry with only a month ('October - date not given' in a1's list): shots fired at a State Border "
             "Guard patrol car near Ludza, close to the Russian border; nobody hurt. Optional (month only, no "
             "casualties)."),
    # --- Poland: a van driven into a festival crowd in Płock, then a stabbing by the same man, shot dead by police -----
    inc("plock-festival-ramming-stabbing-2026-06-20", "2026-06-20", "PL", "Mazovia", "Płock", 52.54682, 19.70638,
        "armed_assault", None, None, None, ["knife", "other"], ["civilians"], ["police"],
        [2, 3, 4], [1, 5], [11, 17, 19], [18, 6, 7], ["b1_plock_live_updates", "b2_plock_translated_daily"],
        killed_best=4,
        note="Saturday 20 June 2026 about 21:40: a man drove a delivery van into the crowd at an open-air concert of "
             "the (invented) 'Summer on the Vistula' festival on the riverside boulevard of Płock, then got out and "
             "stabbed people with a knife until police shot him dead about 21:45 (the attacker's death: 1, optional; "
             "'five, counting the attacker': optional). b1 (English live page of a Warsaw portal, numbered updates "
             "oldest first, 20-21 June): 2 dead and 11 injured (22:20), then 3 dead and 17 injured (23:30), then 3 and "
             "19 (Sunday 09:10; six seriously hurt: a part, optional); injured flown to Warsaw (a hospital town that "
             "is no scene). b2 (Płock daily machine-translated from Polish, Monday 22 June, 'the day before "
             "yesterday', 'in the district of Płock'): a woman of 67 died on Sunday evening in a Warsaw hospital: "
             "4 dead; 18 still in hospital, 7 of them serious (parts, optional). injured_best left unscored (one "
             "wounded died). The man, 34, from a village near Gostynin, acted alone (perpetrator null)."),
    inc("kutno-bus-station-stabbing-2025-08-14", "2025-08-14", "PL", "Łódź Voivodeship", "Kutno", 52.23064, 19.36409,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [], [], [2], [],
        ["b2_plock_translated_daily"], optional=True,
        note="Background in b2 with its own date ('on 14 August last year'): a man with a knife wounded two people at "
             "the Kutno bus station. Must not lend 2 to Płock."),
    # --- Croatia: a hostage-taking in a bank in Slavonski Brod ended by a police assault -----------------------------
    inc("slavonski-brod-bank-hostage-2026-09-16", "2026-09-16", "HR", "Brod-Posavina", "Slavonski Brod", 45.16028,
        18.01556, "kidnapping", None, None, None, ["firearm"], ["business", "civilians"], ["police"],
        [1], [2], [2], [3], ["c1_croatia_ministry_statement", "c2_slavonski_brod_wire"], killed_best=1,
        injured_best=2,
        note="Wednesday 16 September 2026 about 10:05: a 47-year-old man with a pistol entered a branch of the "
             "(invented) Posavina Savings Bank in Slavonski Brod, shot dead the security guard and held seven people "
             "hostage (hostages are no casualties); the special police stormed the branch about 15:20 and shot him "
             "dead (the attacker's death: 1, optional; 'two dead including the hostage-taker': 2, optional). A police "
             "officer (taken to Osijek, a hospital town that is no scene) and a hostage (cut by glass) were injured: 2. "
             "c1 (Ministry of the Interior statement, Zagreb, 16 September evening, 'Key facts' and FAQ). c2 (wire, "
             "17 September, dateline ZAGREB, with a CORRECTION line at the top: an earlier version said three injured: "
             "3 superseded, optional). His 'explosives' bag held none (weapons firearm only). A loan dispute; he acted "
             "alone (perpetrator null)."),
    inc("vinkovci-post-office-hostage-2019-03-04", "2019-03-04", "HR", "Vukovar-Sirmium", "Vinkovci", 45.28833,
        18.80472, "kidnapping", None, None, None, ["firearm"], ["business"], [], [], [], [], [],
        ["c2_slavonski_brod_wire"], optional=True,
        note="Background in c2 with its own date ('on 4 March 2019'): an armed man held two post-office clerks in "
             "Vinkovci for three hours; he surrendered, nobody hurt."),
    # --- Italy: two unrelated attacks on the same Saturday: a grenade in a bar in Foggia; an ambush near Santa Severina -
    inc("foggia-bar-grenade-2026-10-24", "2026-10-24", "IT", "Apulia", "Foggia", 41.45845, 15.55188,
        "bombing", None, None, None, ["grenade"], ["business", "civilians"], [], [1], [], [5, 6], [],
        ["d1_italy_saturday_roundup"], documents_optional=["d2_crotone_local_ambush"], killed_best=1, injured_best=6,
        note="Saturday 24 October 2026 about 21:15: a man on a scooter threw a hand grenade through the door of a bar "
             "in the centre of Foggia; the owner's son (29) killed, five injured (d1, Rome news site's Sunday round-up, "
             "dateline ROME, no scene); d1's later paragraph: a sixth injured person went to hospital on her own "
             "('six injured in all'). Investigators look at extortion; no group named (perpetrator null). The "
             "minister says it is unconnected to the Calabria ambush: no group. d2 names it in passing."),
    inc("santa-severina-police-ambush-2026-10-24", "2026-10-24", "IT", "Calabria", "Santa Severina", 39.1477, 16.91112,
        "armed_assault", FRONT, "denied", None, ["firearm"], ["police"], [], [1], [], [1, 2], [],
        ["d1_italy_saturday_roundup", "d2_crotone_local_ambush"], killed_best=1, injured_best=2,
        note="Saturday 24 October 2026 about 06:10: gunmen fired automatic rifles at a State Police patrol car on a "
             "country road near the hamlet of Vallone Cupo (invented), 'about 7 km north of Santa Severina' (Crotone "
             "province, some 280 km from Foggia); coded at Santa Severina. One officer killed, his colleague wounded "
             "(d1: 1 killed, 1 injured); d2 (Crotone daily, Monday 26 October): the wounded officer in Catanzaro "
             "hospital (a hospital town that is no scene) and a shepherd hit in the leg: 2 injured. The interior "
             "minister blamed the (invented) Fronte Armato del Marchesato; the group denied it in a video posted on "
             "Sunday (denied)."),
    inc("rocca-di-neto-carabinieri-shots-2024-03", "2024-03", "IT", "Calabria", "Rocca di Neto", 39.18292, 17.00764,
        "armed_assault", None, None, None, ["firearm"], ["police"], ["military"], [], [], [], [],
        ["d2_crotone_local_ambush"], optional=True,
        note="Background in d2 with only a month ('in March 2024'): shots fired at night at the carabinieri station of "
             "Rocca di Neto, nobody hurt."),
    # --- Uruguay: a radio journalist shot dead outside his home in Rivera ---------------------------------------------
    inc("rivera-journalist-killing-2026-07-14", "2026-07-14", "UY", "Rivera Department", "Rivera", -30.90534, -55.55076,
        "assassination", None, None, None, ["firearm"], ["journalists"], [], [1], [], [], [],
        ["e1_press_freedom_alert_rivera", "e2_rivera_local_daily"], killed_best=1,
        note="Tuesday 14 July 2026 about 07:20: two men on a motorcycle shot a radio journalist (invented) as he "
             "locked the gate of his home in Rivera; he died on the way to hospital. Nobody else hurt (injured empty). "
             "e1 (press-freedom NGO alert, Wednesday 15 July, dateline MONTEVIDEO, no scene; a list of journalists "
             "killed in earlier years; an aggregate for Latin America). e2 (Rivera daily, Thursday 16 July; a suspect "
             "detained, the burned motorcycle found near Tranqueras, no scene). Nobody named (perpetrator null)."),
    inc("tacuarembo-radio-host-killing-2022-11-18", "2022-11-18", "UY", "Tacuarembó Department", "Tacuarembó",
        -31.71694, -55.98111, "assassination", None, None, None, ["firearm"], ["journalists"], [], [1], [], [], [],
        ["e1_press_freedom_alert_rivera"], documents_optional=["e2_rivera_local_daily"], optional=True,
        note="Background in e1's list with its own date (18 November 2022): a community radio host shot dead in "
             "Tacuarembó; e2 recalls it in passing."),
    inc("artigas-reporter-stabbing-2024-05-02", "2024-05-02", "UY", "Artigas", "Artigas", -30.4, -56.46667,
        "assassination", None, None, None, ["knife"], ["journalists"], [], [1], [], [], [],
        ["e1_press_freedom_alert_rivera"], optional=True,
        note="Background in e1's list with its own date (2 May 2024): a newspaper reporter stabbed to death in Artigas."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic25/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_darwin_airport_exercise: a counter-terrorism exercise at Darwin International Airport "
                           "(Northern Territory) on Wednesday 13 May 2026: a 'simulated terrorist attack' with an "
                           "'explosion' and a 'gunman' played by police, and 'casualties' played by volunteers. A drill, "
                           "no attack: no incident.",
                           "a1's non-violent entries (an election, floods, a gas explosion in a Riga block of flats "
                           "found to be an accident, a state visit, sport) are no incidents.",
                           "Aggregates: journalists killed in Latin America since 2022 (e1); knife crimes in Poland this "
                           "year (b2); attacks on police in Calabria this year (d2).",
                           "The two Italian attacks of 24 October are unrelated (the minister says so): no group.",
                           "Arrests, funerals, vigils, negotiations, the hostages' release and the police assault's end "
                           "are no new attacks. Headline lists under related-story headings and photo captions with "
                           "other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic25.gold.json"), "w"), indent=1, ensure_ascii=False)
