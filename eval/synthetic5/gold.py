#!/usr/bin/env python3
"""Writes synthetic5.gold.json (coded by hand before Sitrep was first run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["n1_tera_communique", "n2_niger_weekly",
     "m1_pakokku_exile", "m2_pakokku_brief",
     "x1_michoacan_site", "x2_michoacan_wire",
     "f1_pulekhumri_wire", "f2_pulekhumri_exile",
     "b1_bogura_brief", "b2_bogura_daily",
     "e1_amhara_aid"]
ISS = ["Islamic State Sahel Province", "Islamic State Sahel", "IS Sahel", "ISSP",
       "Islamic State in the Greater Sahara", "ISGS", "Islamic State"]
ISK = ["Islamic State Khorasan Province", "Islamic State Khorasan", "ISKP", "IS-K", "ISIS-K",
       "Islamic State in Khorasan", "Islamic State"]
TATMADAW = ["Myanmar military", "Myanmar army", "Tatmadaw", "Myanmar Armed Forces", "Myanmar Air Force", "military junta",
            "junta", "Myanmar junta", "State Administration Council", "SAC", "Myanmar's military"]
CJNG = ["Jalisco New Generation Cartel", "CJNG", "Cártel de Jalisco Nueva Generación", "Cartel de Jalisco Nueva Generacion",
        "Jalisco Cartel", "Jalisco cartel"]
WAVE = "michoacan-wave-2025-02-18"
incidents = [
    # --- Niger, Tillabéri: a state communiqué, then a weekly security newsletter a week later -----------------------------
    inc("tera-koria-tondi-massacre-2025-05-16", "2025-05-16", "NE", "Tillabéri", "Téra", 14.00776, 0.75306,
        "armed_assault", ISS, "claimed", None, ["firearm", "fire"], ["civilians"], ["business"],
        [21, 34], [40], [7], [], S[0:2], killed_best=34, injured_best=7,
        note="Massacre of villagers at the Friday market of Koria Tondi (invented village; 'Korya Tondi' in n2), about 15 km "
             "north-west of Téra (coded at Téra), Friday 16 May 2025 in the afternoon: gunmen on motorbikes shot "
             "traders and buyers and set fire to shops and granaries. n1 (government communiqué read on state "
             "television Saturday, unofficial translation): 21 civilians killed, 7 wounded, 'terrorist criminals' "
             "(no group named); three days of national mourning. n2 (weekly newsletter, Friday 23 May, 'last Friday', "
             "no dateline; Niamey only as where the communiqué was read): at least 34 killed (local elected official "
             "and a civil-society collective); Islamic State Sahel Province claimed it in its weekly al-Naba, saying it "
             "killed '40 militiamen' (perpetrator's toll: optional)."),
    inc("filingue-patrol-ied-2025-05-20", "2025-05-20", "NE", "Tillabéri", "Filingué", 14.3521, 3.3168, "bombing", None,
        None, None, ["ied"], ["military"], [], [4], [], [2], [], ["n2_niger_weekly"], killed_best=4, injured_best=2,
        note="n2 only: 'On Tuesday' (20 May, the newsletter is of Friday 23 May) an army patrol hit a roadside improvised "
             "explosive device near Filingué: four soldiers killed, two wounded (defence ministry). No claim; the "
             "newsletter says two groups operate in the area: perpetrator null (not scored)."),
    inc("ouallam-chief-abduction-2025-05-21", "2025-05-21", "NE", "Tillabéri", "Ouallam", 14.31641, 2.08597,
        "kidnapping", ISS, "suspected", None, ["firearm"], ["civilians"], ["government"], [], [], [], [],
        ["n2_niger_weekly"],
        note="n2 only: on Wednesday night (21 May) armed men abducted a village chief and two of his sons from a hamlet "
             "near Ouallam; residents suspect Islamic State Sahel fighters. Nobody killed or injured: 'three' is the "
             "number abducted, not a toll."),
    inc("ayorou-post-2025-02-02", "2025-02-02", "NE", "Tillabéri", "Ayorou", 14.73075, 0.91739, "armed_assault", None,
        None, None, ["firearm"], ["military"], [], [11], [], [], [], ["n2_niger_weekly"], optional=True,
        note="Background in n2 with its own full date: on 2 February 2025 an attack on the army post at Ayorou killed "
             "eleven soldiers. Must not lend 11 to the May incidents."),
    # --- Myanmar, Magway: an exile outlet and a three-sentence brief two days later ---------------------------------------
    inc("pakokku-monastery-airstrike-2025-06-14", "2025-06-14", "MM", "Magway", "Pakokku", 21.33489, 95.08438,
        "air_strike", TATMADAW, "attributed", None, ["aircraft"], ["civilians", "religious"], [],
        [19, 21, 24], [], [30], [], S[2:4], killed_best=24, injured_best=30,
        note="A military jet dropped two bombs on a monastery compound in the village of Thitgyi Kone (invented), 'about "
             "10 miles (16 km) north of Pakokku town' (coded at Pakokku), Saturday 14 June 2025 about 11 a.m., during a "
             "novice ordination ceremony; displaced people were sheltering there. m1 (exile news site, Sunday): 19 "
             "killed incl. six children (a rescue volunteer), more than 30 injured; the local People's Defence Force "
             "spokesman says 21; residents and the resistance blame the military; the military did not respond. m2 "
             "(regional brief, Tuesday, 'on 14 June', spelt Pakkoku): at least 24 killed (the opposition government's "
             "human rights ministry). Background in m1: January strike on a school in the same township (optional)."),
    inc("pakokku-school-airstrike-2025-01", "2025-01", "MM", "Magway", "Pakokku", 21.33489, 95.08438, "air_strike",
        TATMADAW, None, None, ["aircraft"], ["education", "civilians"], [], [5], [], [], [], ["m1_pakokku_exile"],
        optional=True,
        note="Background in m1: in January a strike on a village school in the same township killed five pupils. Same "
             "township: must not be merged with, or lend 5 to, the June strike."),
    # --- Mexico, Michoacán: a coordinated wave after an arrest (bullet list), one gold group ------------------------------
    inc("apatzingan-police-ambush-2025-02-18", "2025-02-18", "MX", "Michoacán", "Apatzingán", 19.08864, -102.35704,
        "armed_assault", CJNG, "attributed", None, ["firearm"], ["police"], [],
        [3, 4], [], [2], [1], S[4:6], group=WAVE, killed_best=4, injured_best=2,
        note="Tuesday 18 February 2025 about 7:40 p.m.: gunmen ambushed a state police patrol on the road out of "
             "Apatzingán. x1 (English-language news site, Wednesday; bullet list from the state Security Secretariat): 3 "
             "officers killed, 2 wounded. x2 (wire, Thursday): one of the wounded died on Wednesday, toll four (the "
             "remaining wounded officer is 1: optional). State governor blames the Jalisco New Generation Cartel; no "
             "claim."),
    inc("uruapan-bus-arson-2025-02-18", "2025-02-18", "MX", "Michoacán", "Uruapan", 19.41116, -102.05644, "other", CJNG,
        "attributed", None, ["fire"], ["transportation", "business"], ["civilians"], [], [], [1], [], S[4:6],
        group=WAVE, injured_best=1,
        note="Same evening shortly before 9 p.m.: armed men forced passengers off two buses in eastern Uruapan, set the "
             "buses and a pharmacy on fire; a bus driver suffered burns (1 injured, x1 and x2). Nobody killed."),
    inc("zamora-police-hq-explosive-2025-02-18", "2025-02-18", "MX", "Michoacán", "Zamora", 19.9855, -102.28387,
        "bombing", CJNG, "attributed", None, ["explosive"], ["police"], [], [], [], [2], [], S[4:6], group=WAVE,
        injured_best=2,
        note="Same night about 10:15 p.m.: an explosive device thrown from a moving car at the municipal police "
             "headquarters in Zamora (Zamora de Hidalgo). x1: damage, no injuries reported; x2: two officers lightly "
             "hurt by flying glass (2)."),
    inc("apatzingan-drone-2024-12-09", "2024-12-09", "MX", "Michoacán", "Apatzingán", 19.08864, -102.35704, "bombing",
        None, None, None, ["drone", "explosive"], ["civilians"], [], [2], [], [], [], ["x2_michoacan_wire"],
        optional=True,
        note="Background in x2 with its own full date: on 9 December 2024 explosives dropped from a drone on a farming "
             "community in Apatzingán municipality killed two people. Must not lend 2."),
    # --- Afghanistan, Baghlan: a wire filed from Kabul, an exile site the next day ---------------------------------------
    inc("pul-e-khumri-khanqah-suicide-2025-10-09", "2025-10-09", "AF", "Baghlan", "Pul-e Khumrī", 35.94458, 68.71512,
        "bombing", ISK, "claimed", True, ["suicide_vest"], ["religious", "civilians"], [],
        [6, 11, 17], [1, 45], [15, 37, 40], [], S[6:8], killed_best=17, injured_best=40,
        note="Thursday 9 October 2025 about 8 p.m.: a suicide bomber detonated an explosive vest among Sufi worshippers "
             "at a khanqah during the Thursday-evening dhikr in Pul-e Khumri (Pol-e Khomri, Puli Khumri). f1 (wire, "
             "Friday, dateline KABUL): 6 killed and 15 wounded (Taliban interior ministry spokesman); provincial "
             "hospital: 11 bodies and 37 wounded; Islamic State Khorasan claimed it through Amaq, saying it killed 45 "
             "(optional), and the bomber died (1, optional). f2 (exile site, Saturday): toll 17 (local sources and a "
             "health worker), more than 40 wounded; Taliban arrested three suspects."),
    inc("pul-e-khumri-minibus-2025-03", "2025-03", "AF", "Baghlan", "Pul-e Khumrī", 35.94458, 68.71512, "bombing", None,
        None, None, ["explosive"], ["transportation", "civilians"], [], [2], [], [], [], ["f1_pulekhumri_wire"],
        optional=True,
        note="Background in f1: in March a magnetic bomb attached to a minibus in the city killed two passengers. Same "
             "city: must not be merged with, or lend 2 to, the October bombing."),
    # --- Bangladesh, Rajshahi Division: a wire brief, then a daily with a later death and a separate incident -------------
    inc("bogura-bus-arson-2025-11-25", "2025-11-25", "BD", "Rajshahi Division", "Bogra", 24.85098, 89.37108, "other",
        None, None, None, ["fire"], ["transportation", "civilians"], [], [3, 4], [], [5, 8], [], S[8:10],
        killed_best=4, injured_best=8,
        note="Tuesday 25 November 2025 about 11 p.m.: attackers poured petrol into a parked night-coach bus with "
             "passengers asleep inside at a junction on the edge of Bogura (Bogra) town and set it on fire, during a "
             "blockade called by an opposition alliance. b1 (wire brief, Wednesday): 3 burned to death, at least 5 "
             "injured (police). b2 (national daily, Friday): a woman died on Thursday at the Dhaka burn unit, toll 4; 8 "
             "treated for burns (hospital). Government blames blockade supporters, the alliance denies and blames "
             "provocateurs; police name nobody: perpetrator null, responsibility null (not scored)."),
    inc("sirajganj-crude-bombs-2025-11-25", "2025-11-25", "BD", "Rajshahi Division", "Sirajganj", 24.45771, 89.70802,
        "bombing", None, None, None, ["explosive"], ["police"], [], [], [], [2], [], ["b2_bogura_daily"],
        injured_best=2,
        note="b2 only: earlier the same Tuesday evening, unidentified men on a motorbike hurled crude bombs at a police "
             "box in Sirajganj town; two constables injured. A separate incident (about 55 km from Bogura): not grouped "
             "with the bus arson, must not take its figures."),
]
groups = [dict(id=WAVE,
               members=["apatzingan-police-ambush-2025-02-18", "uruapan-bus-arson-2025-02-18",
                        "zamora-police-hq-explosive-2025-02-18"],
               killed=[3, 4], killed_optional=[], injured=[3, 5], injured_optional=[],
               note="Three attacks on Tuesday evening 18 February 2025 in Michoacán presented by the state government as "
                    "one coordinated reaction to the arrest of a regional cartel commander that afternoon. x1: 'three "
                    "police officers killed and three people wounded' in all; x2: 'four dead and five wounded' in all. "
                    "The torched vehicles at unnamed points on highways are aggregates, not incidents.")]
gold = dict(about="Hand-coded reference for eval/synthetic5/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was first run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["e1_amhara_aid: an aid-agency press release (mobile clinics resume in North Gondar, Amhara, "
                           "dateline Bahir Dar); violence only as aggregates over periods ('since August 2023', 'in the "
                           "first nine months of the year'): no incident.",
                           "Headline lists under the related-stories headings of each page: other attacks, no article "
                           "text.",
                           "Aggregates: Tillabéri region since January (n2); civilians killed since the 2021 coup and "
                           "air strikes this year (m1, m2); vehicles torched at unnamed points and homicides in Michoacán "
                           "last year (x1, x2); civilians killed in Islamic State attacks this year (f2); vehicles "
                           "torched since the blockade began and political killings this year (b1, b2); Amhara conflict "
                           "(e1).",
                           "Photo captions with places and dates; the communiqué's place and date line (Niamey) and "
                           "the Kabul dateline are not attack places."])
json.dump(gold, open(os.path.join(here, "synthetic5.gold.json"), "w"), indent=1, ensure_ascii=False)
