#!/usr/bin/env python3
"""Writes synthetic16.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_bounkani_state_agency", "a2_bounkani_jnim_portal", "a3_bounkani_weekly",
     "b1_srilanka_police_release", "b2_ambalangoda_daily",
     "c1_kinkala_wire", "c2_kinkala_radio",
     "d1_gyumri_liveblog", "d2_gyumri_committee",
     "e1_rubavu_defence_statement", "e2_rubavu_daily",
     "f1_fiji_drill"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Jama'at Nasr al-Islam wal Muslimin", "Group for the Support of Islam and Muslims", "GSIM",
        "Support Group for Islam and Muslims"]
AJITH = ["Kalu Ajith", "Kalu Ajith gang", "Kalu Ajith's gang", "organised crime group of Kalu Ajith",
         "Kalu Ajith group"]
NINJA = ["Ninjas", "Ninja", "Ninja militia", "Ninja militiamen", "Ninja-Nsiloulou", "Nsiloulou", "Ninja rebels",
         "former Ninja militiamen", "ex-Ninja fighters", "former Ninja fighters"]
FARDC = ["FARDC", "Armed Forces of the Democratic Republic of the Congo", "Congolese army", "FARDC-FDLR coalition",
         "FDLR", "Democratic Forces for the Liberation of Rwanda", "FARDC and FDLR", "Congolese armed forces"]
WAVE = "bounkani-jnim-wave-2026-05-17"
TEHINI = (9.60542, -3.65804)
DOROPO = (9.80955, -3.34577)
AMBALANGODA = (6.2355, 80.0538)
KINKALA = (-4.36139, 14.76444)
GISENYI = (-1.70278, 29.25639)
incidents = [
    # --- Côte d'Ivoire, Bounkani (Zanzan): a night raid on Téhini and a roadside bomb near Doropo; JNIM claim; a group --
    inc("tehini-gendarmerie-raid-2026-05-17", "2026-05-17", "CI", "Zanzan", "Téhini", *TEHINI,
        "armed_assault", JNIM, "claimed", None, ["firearm"], ["police"], ["military"],
        [3, 4], [2, 5, 9], [2], [1], S[0:3], group=WAVE, killed_best=4,
        note="In the night of Saturday 16 to Sunday 17 May 2026, about 1:30 a.m., gunmen from across the Burkina "
             "Faso border attacked the gendarmerie post of Téhini. a1 (state news agency, Sunday, dateline ABIDJAN, "
             "about 480 km away; army general staff communique): three gendarmes killed, two wounded evacuated to "
             "Bouna then Abidjan; five assailants 'neutralised' (the attackers' dead, optional); 'terrorists', no "
             "group named. a2 (Burkinabe-style portal, Monday, machine-translated from French): JNIM's claim posted "
             "on Telegram: nine 'apostate soldiers' killed at Téhini (claimant's figure, optional) and two of its "
             "own 'martyrs' (optional). a3 (Abidjan-based opinion weekly, Friday 22 May): one of the two wounded "
             "gendarmes died on Wednesday at the military hospital in Abidjan (a hospital town and capital that is no "
             "scene): four killed at Téhini; 'the other wounded gendarme' (a part, optional). injured_best left "
             "unscored (one of the two wounded died)."),
    inc("doropo-patrol-ied-2026-05-17", "2026-05-17", "CI", "Zanzan", "Doropo", *DOROPO,
        "bombing", JNIM, "claimed", None, ["ied"], ["military"], ["transportation"],
        [2], [6], [3], [], S[0:3], group=WAVE,
        note="The same night, about 1:45 a.m.: a roadside bomb struck an army patrol vehicle near the village of "
             "Gbanboko (invented), 'about nine kilometres north of Doropo' on the track to the border; coded at "
             "Doropo (about 40 km from Téhini). a1: two soldiers killed, three wounded. a2: JNIM says it destroyed "
             "the vehicle and killed its six occupants (claimant's figure, optional). a3 repeats two killed."),
    inc("tehini-mine-2026-02-28", "2026-02-28", "CI", "Zanzan", "Téhini", *TEHINI,
        "bombing", None, None, None, ["ied"], ["police"], [], [], [], [], [], ["a3_bounkani_weekly"], optional=True,
        note="Background in a3 with its own full date: on 28 February a gendarmerie pick-up drove over a mine near "
             "Téhini, nobody hurt. Same town as the May raid: must not merge with it."),
    # --- Sri Lanka: a police media release with three incidents in bullet points; a Galle daily's follow-up -----------
    inc("ambalangoda-shooting-2026-07-14", "2026-07-14", "LK", "Southern", "Ambalangoda", *AMBALANGODA,
        "armed_assault", AJITH, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [1, 2], [], [1], [], S[3:5], killed_best=2,
        note="Tuesday 14 July 2026 about 9.15 p.m.: two gunmen on a motorcycle fired a T-56 rifle at a man outside a "
             "grocery shop in Ambalangoda. b1 (Police Media Division release, Wednesday 15 July, Colombo, bullet "
             "points, 'last night (14th)'): one killed (a three-wheeler driver, 38), a 17-year-old boy wounded and "
             "admitted to Karapitiya Teaching Hospital, Galle; police suspect the organised crime group of 'Kalu "
             "Ajith' (invented underworld figure abroad; suspected). b2 (Galle daily, Thursday 16 July): the boy died "
             "on Wednesday night at Karapitiya (Galle: a hospital town that is no scene, about 25 km): two killed; "
             "a 24-year-old suspect arrested. injured_best left unscored (the only wounded one died)."),
    inc("negombo-house-arson-2026-07-15", "2026-07-15", "LK", "Western", "Negombo", 7.2083, 79.8358,
        "other", None, None, None, ["fire"], ["civilians"], [],
        [], [], [2], [], ["b1_srilanka_police_release"],
        note="Wednesday 15 July 2026 about 1.40 a.m. ('at about 01.40 hrs today'): unknown persons poured petrol on "
             "the front of a house in the Kurana area of Negombo and set it on fire, also burning a three-wheeler; a "
             "woman of 63 and her son of 40 suffered burns (2 injured). b1 only. No suspect named."),
    inc("tangalle-knife-attack-2026-07-15", "2026-07-15", "LK", "Southern", "Tangalle", 6.02338, 80.79738,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [],
        [1], [], [1], [], ["b1_srilanka_police_release"],
        note="Wednesday 15 July 2026 about 6.30 a.m. ('this morning'): a 45-year-old man attacked his neighbour, a "
             "fisherman of 51, with a knife over a land boundary dispute, killing him and wounding his wife (47). "
             "Arrested at the scene: a lone attacker, no group (perpetrator null). b1 only."),
    inc("ambalangoda-shooting-2026-03-03", "2026-03-03", "LK", "Southern", "Ambalangoda", *AMBALANGODA,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [1], [], [], [],
        ["b2_ambalangoda_daily"], optional=True,
        note="Background in b2 with its own full date: on 3 March a 29-year-old man was shot dead in the "
             "Patabendimulla area of Ambalangoda. Same town: must not merge with the July shooting or lend 1."),
    # --- Congo-Brazzaville, Pool: gunmen stop a bus near Kinkala, kill one and abduct passengers; wire and radio ------
    inc("kinkala-bus-kidnapping-2026-09-06", "2026-09-06", "CG", "Pool", "Kinkala", *KINKALA,
        "kidnapping", NINJA, "denied", None, ["firearm"], ["transportation", "civilians"], ["religious"],
        [1, 2], [], [2], [1], S[5:7], killed_best=2,
        note="Sunday 6 September 2026 about 5.30 p.m.: some eight gunmen blocked National Road 1 with tree trunks near "
             "the village of Kimbédi (invented), 'about 15 km west of Kinkala', fired on a bus going from Brazzaville "
             "to Dolisie and abducted passengers; coded at Kinkala. c1 (wire, Monday 7 September, dateline "
             "BRAZZAVILLE, about 60 km away): the driver's apprentice killed, two passengers wounded, seven passengers "
             "abducted (a priest among them); the government spokesman blames 'Ninja' militiamen (attributed). c2 "
             "(radio programme transcript, Wednesday 9 September): one of the wounded passengers died on Tuesday at "
             "the university hospital in Brazzaville (a capital and hospital town that is no scene): two killed; the "
             "other wounded passenger out of danger (a part, optional); a diocese says nine were abducted (hostages "
             "are no casualties); a former Ninja spokesman denies any part: blame plus denial by the only accused "
             "actor, no claim: 'denied' (as synthetic8 codes it). injured_best left unscored."),
    inc("kinkala-roadblock-2026-07-21", "2026-07-21", "CG", "Pool", "Kinkala", *KINKALA,
        "armed_assault", None, None, None, ["firearm"], ["transportation"], ["civilians"], [1], [], [], [],
        ["c2_kinkala_radio"], optional=True,
        note="Background in c2 with its own full date: on 21 July a lorry driver was shot dead at a fake roadblock "
             "outside Kinkala. Same town: must not merge with the September kidnapping or lend 1."),
    # --- Armenia, Gyumri: a lone man's hand grenade in the city hall; live blog; names-only statement -----------------
    inc("gyumri-city-hall-grenade-2026-11-12", "2026-11-12", "AM", "Shirak", "Gyumri", 40.7942, 43.84528,
        "bombing", None, None, None, ["grenade"], ["government", "civilians"], [],
        [2, 3], [1, 4], [6], [5], S[7:9], killed_best=3,
        note="Thursday 12 November 2026 about 11.40: a man of 58, angry at years on a waiting list for a flat "
             "promised after the 1988 earthquake, set off a hand grenade in the reception hall of Gyumri city hall. "
             "d1 (Yerevan broadcaster's live blog, oldest entry first, the same day): first 'several injured', then "
             "the Health Ministry: two killed (a municipal employee and a visitor), six injured; the man who threw "
             "the grenade also died (the attacker's dead, optional: 1; with the victims, 4 is optional too); the "
             "Investigative Committee: he acted alone (perpetrator null). d2 (Investigative Committee statement, "
             "Friday 13 November, dateline Yerevan, about 90 km away): gives the dead and the injured only as lists "
             "of names and ages, with no count word: three dead (one injured woman died on 13 November in a Yerevan "
             "medical centre, a hospital town that is no scene) and five injured (a part of six, optional). "
             "injured_best left unscored."),
    # --- Rwanda, Gisenyi (called Rubavu): mortar bombs from across the border; defence statement and Kigali daily ------
    inc("gisenyi-rubavu-shelling-2026-02-24", "2026-02-24", "RW", "Western Province", "Gisenyi", *GISENYI,
        "shelling", FARDC, "attributed", None, ["mortar"], ["civilians"], ["business", "education"],
        [3, 4], [], [11, 14], [3], S[9:11], killed_best=4,
        note="Tuesday 24 February 2026 about 2.10 p.m.: mortar bombs fired from across the border with DR Congo fell "
             "on Rubavu town (GeoNames Gisenyi), near the Mbugangari market and a primary school. e1 (Ministry of "
             "Defence / RDF statement, Tuesday evening, dateline Kigali, about 90 km away): three civilians killed, "
             "eleven injured; the RDF blames 'the FARDC-FDLR coalition' (attributed). e2 (Kigali daily, Thursday 26 "
             "February, 'on Tuesday afternoon'): the director of Gisenyi District Hospital: four dead (a woman died "
             "overnight), fourteen treated for wounds, three of them transferred to King Faisal Hospital in Kigali "
             "(a part, optional; Kigali is no scene). killed_best 4; injured_best left unscored (one of the wounded "
             "died)."),
    inc("gisenyi-nyamyumba-shells-2025-11-09", "2025-11-09", "RW", "Western Province", "Gisenyi", *GISENYI,
        "shelling", None, None, None, [], ["civilians"], [], [], [], [], [], ["e2_rubavu_daily"], optional=True,
        note="Background in e2 with its own date: on 9 November last year (2025) two shells fell in fields of "
             "Nyamyumba sector of Rubavu district, no casualties. Must not merge with the February shelling."),
]
groups = [dict(id=WAVE, members=["tehini-gendarmerie-raid-2026-05-17", "doropo-patrol-ied-2026-05-17"],
               killed=[5, 6], killed_optional=[15], injured=[5], injured_optional=[],
               note="The raid on Téhini and the bomb near Doropo the same night, told by every source as one "
                    "coordinated attack. a1 (army communique): five killed (three gendarmes, two soldiers) and five "
                    "wounded in all. a3 (weekly, Friday): six killed in all. a2: JNIM's own total of fifteen "
                    "(claimant's figure, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic16/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_fiji_drill: a Suva daily's story on an emergency exercise at Nadi International "
                           "Airport with a simulated bomb explosion, a mock hostage-taking and role-played casualties: "
                           "a drill, no attack: no incident.",
                           "Aggregates: soldiers killed in the north of Côte d'Ivoire since 2020 (a3); shootings and "
                           "their dead in Sri Lanka this year (b2); the people displaced by the 2016-2017 Pool "
                           "conflict (c1); shells on Rubavu over the past years (e2).",
                           "Arrests (Ambalangoda, Tangalle), a ransom demand (c2), the mourning and the housing "
                           "grievance in Gyumri (d1, d2), the closure of the border crossing (e1, e2) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated live-blog entries are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic16.gold.json"), "w"), indent=1, ensure_ascii=False)
