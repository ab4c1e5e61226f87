#!/usr/bin/env python3
"""Writes synthetic59.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_eyl_maritime_incident_report", "a2_eyl_court_indictment_summary",
     "b1_bukavu_uvira_tv_subtitles", "b2_bukavu_uvira_wiki_list",
     "c1_sinjar_search_results", "c2_sinjar_satellite_blog",
     "d1_falam_radio_digest", "d2_falam_forwarded_email",
     "e1_nacala_access_csv", "e2_nacala_union_statement",
     "f1_bahir_dar_embassy_alert"]
SLN = ["Sea Lions of Nugaal", "the Sea Lions of Nugaal", "Nugaal Sea Lions", "Libaaxyada Badda Nugaal"]
MPKS = ["Mouvement des Patriotes du Kivu-Sud", "MPKS", "Movement of South Kivu Patriots",
        "Mouvement des patriotes du Kivu-Sud", "South Kivu Patriots Movement"]
ZHDF = ["Zo Hills Defence Force", "ZHDF", "the Zo Hills Defence Force", "Zo Hills Defense Force"]
JAS = ["Jama'at Ansar al-Sahil", "Ansar al-Sahil", "Jamaat Ansar al-Sahil", "JAS"]
RAIA = ["Raia Lualaba", "Raia Lualaba militia", "the Raia Lualaba militia"]
EYL = ("SO", "Nugaal", "Eyl", 7.9803, 49.8164)
HOBYO = ("SO", "Mudug", "Hobyo", 5.3505, 48.5268)
BUKAVU = ("CD", "South Kivu", "Bukavu", -2.49077, 28.84281)
UVIRA = ("CD", "South Kivu", "Uvira", -3.39534, 29.13779)
KALEMIE = ("CD", "Tanganyika", "Kalemie", -5.94749, 29.19471)
KINDU = ("CD", "Maniema", "Kindu", -2.94373, 25.92237)
SINJAR = ("SY", "Idlib", "Sinjār", 35.59011, 37.00472)
KHANSH = ("SY", "Idlib", "Khān Shaykhūn", 35.44208, 36.65095)
FALAM = ("MM", "Chin", "Falam", 22.91335, 93.67779)
HPAAN = ("MM", "Kayin", "Hpa-An", 16.88953, 97.63482)
NACALA = ("MZ", "Nampula", "Nacala", -14.56257, 40.68538)
ANGOCHE = ("MZ", "Nampula", "António Enes", -16.2325, 39.90861)
WAVE = "bukavu-uvira-evening-attacks-2016-08-13"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Somalia (Nugaal): armed men in two skiffs attack a cargo dhow off Eyl --------------------------------------
    at("eyl-cargo-dhow-attack-2010-03-17", "2010-03-17", EYL,
       "armed_assault", SLN, "attributed", None, ["firearm", "rocket"], ["transportation"], ["business"],
       [1], [3], [2, 3], [], S[0:2], killed_best=1, injured_best=3,
       note="Wednesday 17 March 2010 about 06:40 local: two skiffs fired rifles and a rocket-propelled grenade at the "
            "cargo dhow Sahar Noor (invented) about 19 km off Eyl; the guards on board returned fire, two attackers "
            "were killed (not victims), the cook was killed, crew wounded. a1 (maritime security incident report, 19 "
            "March): 1 crew killed, 2 wounded, 'three people died in the exchange' counting the two attackers (3 "
            "optional). a2 (court indictment summary, 19 October 2010, seven months later): the cook killed, three "
            "crew wounded; the four captured men charged as members of the Sea Lions of Nugaal (invented): "
            "attributed. Background in a2: the hijacking of a fishing boat off Hobyo on 2 November 2009 (optional)."),
    at("hobyo-fishing-boat-hijack-2009-11-02", "2009-11-02", HOBYO,
       "kidnapping", SLN, "attributed", None, ["firearm"], ["transportation"], ["business"], [], [], [], [],
       ["a2_eyl_court_indictment_summary"], documents_optional=["a1_eyl_maritime_incident_report"], optional=True,
       note="Background in a2 with its own date: the same gang hijacked a fishing boat off Hobyo and held 11 "
            "fishermen for 40 days. No casualties."),
    # --- DR Congo (South Kivu): a grenade in a Bukavu market and an assault on a police post in Uvira, same evening ----
    at("bukavu-market-grenade-2016-08-13", "2016-08-13", BUKAVU,
       "bombing", MPKS, "claimed", None, ["grenade"], ["civilians"], ["business"],
       [6], [4], [], [], S[2:4], group=WAVE, killed_best=6,
       note="Saturday 13 August 2016 about 18:30: a grenade thrown into the crowd of the evening market of Bukavu "
            "(the Kadutu stalls). b1 (TV news subtitles, Sunday 14 August: 'last night'): first 'four dead', then "
            "the governor's office six (4 superseded, optional). b2 (wiki list of attacks in 2016, snapshot of 20 "
            "August): 6. Wounded given only for the two towns together (27, on the group). Claimed with Uvira by "
            "the Mouvement des Patriotes du Kivu-Sud (invented)."),
    at("uvira-police-post-assault-2016-08-13", "2016-08-13", UVIRA,
       "armed_assault", MPKS, "claimed", None, ["firearm"], ["police"], [],
       [2], [5], [], [], S[2:4], group=WAVE, killed_best=2,
       note="Same evening about 21:00: gunmen attacked the police post at the northern exit of Uvira; two police "
            "officers killed; three assailants killed by the police (not victims: 'five dead including the three "
            "attackers', 5 optional)."),
    at("kalemie-displaced-camp-attack-2016-03-05", "2016-03-05", KALEMIE,
       "armed_assault", None, None, None, ["firearm", "fire"], ["civilians"], [], [9], [], [], [],
       ["b2_bukavu_uvira_wiki_list"], optional=True,
       note="Background row of the wiki list with its own date: militiamen attacked a camp for displaced people "
            "outside Kalemie, 9 killed, shelters burned."),
    at("kindu-prison-attack-2016-05-21", "2016-05-21", KINDU,
       "armed_assault", RAIA, "attributed", None, ["firearm"], ["police"], ["civilians"], [4], [], [], [],
       ["b2_bukavu_uvira_wiki_list"], optional=True,
       note="Background row of the wiki list: an attack on the central prison of Kindu attributed to a local militia "
            "(invented), 4 killed, dozens of inmates escaped."),
    # --- Syria (Idlib): a car bomb at the vegetable market of Sinjar (not the Iraqi Sinjar) ----------------------------
    at("sinjar-idlib-market-car-bomb-2019-02-21", "2019-02-21", SINJAR,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians"], ["business"],
       [9, 11], [7], [30, 34], [], S[4:6], killed_best=11, injured_best=34,
       note="Thursday 21 February 2019 about 10:15: a car parked by the vegetable market of Sinjar (Idlib "
            "governorate, 'near Khan Shaykhun' in some snippets; not Sinjar in Iraq) exploded. c1 (search results "
            "scrape, 23 February): civil defence 'seven' (first figure, optional), hospital 'nine killed and 30 "
            "wounded', a monitor 11. c2 (satellite imagery blog, 27 February): 11 killed, 34 wounded per the monitor; "
            "nobody claimed (perpetrator null); background: an air strike on a bakery in Khan Shaykhun on 2 "
            "February (optional); a war-wide toll that is no figure of this attack."),
    at("khan-shaykhun-bakery-air-strike-2019-02-02", "2019-02-02", KHANSH,
       "air_strike", None, None, None, ["aircraft"], ["civilians", "business"], [], [6], [], [], [],
       ["c1_sinjar_search_results", "c2_sinjar_satellite_blog"], optional=True,
       note="Background in c1 (a result's snippet dated Feb 2) and c2 with its own date: an air strike on a bakery in "
            "Khan Shaykhun, 6 killed."),
    # --- Myanmar (Chin): a bomb at the township administration office of Falam; and an unrelated mine near Hpa-An ------
    at("falam-township-office-bombing-2022-10-08", "2022-10-08", FALAM,
       "bombing", ZHDF, "denied", None, ["ied"], ["government"], ["civilians"],
       [2, 3], [], [5, 6], [], S[6:8], killed_best=3, injured_best=6,
       note="Saturday 8 October 2022 about 9:30 a.m.: a bomb hidden in a parked motorcycle exploded at the gate of "
            "the township general administration office of Falam. d1 (radio monitoring digest, Monday 10 October): "
            "the state broadcaster 'three staff members killed', blames the Zo Hills Defence Force (invented); an "
            "exile station 'two killed and five wounded' and the ZHDF's denial: denied. d2 (forwarded e-mail, 13 "
            "October; the field report sent Sunday says 'on Saturday'): three killed, six injured, two sent on to Hakha "
            "(hospital town, no scene). The bomb was 'hidden in a motorcycle parked by the gate': ied (as synthetic47 and "
            "50 code a device left on a parked motorbike), no suicide (null)."),
    at("hpa-an-bus-mine-2022-10-09", "2022-10-09", HPAAN,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [],
       [4], [], [9], [], ["d1_falam_radio_digest"], killed_best=4, injured_best=9,
       note="Unrelated to Falam, in the same digest (no group): Sunday 9 October 2022 in the afternoon a homemade "
            "mine exploded under a passenger pick-up 'near Hpa-An', 4 killed and 9 wounded; nobody blamed."),
    # --- Mozambique (Nampula): a night raid on the health post of a village west of Nacala ------------------------------
    at("nacala-namitil-health-post-raid-2024-06-11", "2024-06-11", NACALA,
       "armed_assault", JAS, "attributed", None, ["firearm", "fire"], ["health"], ["civilians"],
       [1, 2], [], [3], [2], S[8:10], killed_best=2,
       note="Tuesday 11 June 2024 about 22:00: armed men raided the health post of Namitil, an invented village of "
            "Nacala-a-Velha district 'about 20 km west of Nacala' (coded at Nacala), shot dead the guard, wounded a "
            "nurse and two patients and set fire to the pharmacy. e1 (humanitarian access incident CSV export, 14 "
            "June): 1 killed, 3 injured, actor 'NSAG (police attribute to Jama'at Ansar al-Sahil)'. e2 (nurses' "
            "association statement, Wednesday 19 June): the nurse died on Monday at Nampula Central Hospital "
            "(Nampula: hospital town, no scene): 2 killed; 'the two patients are still in hospital' (2 optional); "
            "police attribute the raid to Jama'at Ansar al-Sahil (invented): attributed. injured_best unscored."),
    at("angoche-aid-truck-looting-2024-05-28", "2024-05-28", ANGOCHE,
       "armed_assault", None, None, None, ["firearm"], ["ngo", "transportation"], [], [], [], [1], [],
       ["e1_nacala_access_csv"], optional=True,
       note="Background row of the CSV with its own date: armed men stopped and looted an aid truck near Angoche "
            "(GeoNames: António Enes), the driver beaten (1 injured)."),
]
groups = [dict(id=WAVE, members=["bukavu-market-grenade-2016-08-13", "uvira-police-post-assault-2016-08-13"],
               killed=[8], killed_optional=[], injured=[27], injured_optional=[],
               note="Two attacks the same evening in two towns of South Kivu, claimed together by the MPKS. Eight "
                    "victims killed in all, not counting the three assailants (b1's governor's spokesman, b2's "
                    "'combined toll'); the 27 wounded are given "
                    "only for the two towns together.")]
gold = dict(about="Hand-coded reference for eval/synthetic59/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_bahir_dar_embassy_alert: an embassy security alert about a controlled detonation of "
                           "old ordnance and an emergency exercise simulating a bomb attack at the stadium of Bahir "
                           "Dar (Ethiopia), and a false social-media rumour of an attack. No attack: no incident.",
                           "a1_eyl_maritime_incident_report: the suspicious approaches and the engine fire in its "
                           "other entries are no attacks.",
                           "b2_bukavu_uvira_wiki_list: the year-to-date toll line is no toll of any incident.",
                           "c1_sinjar_search_results: results about Sinjar in Iraq (an anniversary, a dam) and a "
                           "ceasefire are no incidents; c2: the war-wide toll is no figure.",
                           "d1_falam_radio_digest: the toll since the coup, a flood and a fuel price item are no "
                           "incidents.",
                           "e1_nacala_access_csv: rows for a washed-out bridge, a checkpoint delay and a fuel "
                           "shortage are no attacks.",
                           "Related-link lists and photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic59.gold.json"), "w"), indent=1, ensure_ascii=False)
