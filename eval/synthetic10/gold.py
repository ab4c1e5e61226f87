#!/usr/bin/env python3
"""Writes synthetic10.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_canete_national", "a2_canete_local_radio",
     "b1_lebanon_wire_brief", "b2_lebanon_state_agency", "b3_lebanon_beirut_daily",
     "c1_lankaran_state_brief", "c2_lankaran_exile",
     "d1_chalatenango_police_release", "d2_chalatenango_digital",
     "e1_welega_regional_statement", "e2_welega_diaspora_site",
     "f1_garissa_teachers"]
RLA = ["Resistencia Lafkenche Autónoma", "RLA", "Resistencia Lafkenche Autonoma", "Autonomous Lafkenche Resistance"]
ISRAEL = ["Israel", "Israeli army", "Israeli military", "Israel Defense Forces", "IDF", "Israeli Air Force",
          "Israeli forces"]
MS13 = ["MS-13", "Mara Salvatrucha", "MS13", "Mara Salvatrucha 13"]
OLA = ["Oromo Liberation Army", "OLA", "Shene", "OLA-Shene", "OLF-Shene", "Oneg Shene", "OLF-OLA"]
CANETE = ("CL", "Biobío", "Cañete", -37.80128, -73.39616)
WAVE = "ethiopia-west-welega-wave-2026-10-08"
incidents = [
    # --- Chile, Cañete: four separate attacks in one town on one night (no group) -----------------------------------
    inc("canete-checkpoint-shooting-2026-05-23", "2026-05-23", *CANETE, "armed_assault", None, None, None,
        ["firearm"], ["police"], ["civilians"], [], [], [6], [4, 2, 1], S[0:2], injured_best=6,
        note="Saturday 23 May about 8:30 p.m.: gunmen in a pickup fired on the Carabineros control point at the southern "
             "entrance to Cañete (road to Tirúa). a1 (national English-language site, Sunday, dateline CONCEPCIÓN): "
             "'four carabineros and two civilians', a couple stopped at the checkpoint, were wounded: the figure is "
             "given only as parts, a careful coder adds them (6; the parts 4 and 2 optional). a2 (local radio site, "
             "Monday, odd English, 'last Saturday'): the same, one carabinero still serious in Concepción (a part, "
             "optional). Nobody named or blamed: perpetrator null."),
    inc("canete-house-shooting-2026-05-23", "2026-05-23", *CANETE, "armed_assault", None, None, None,
        ["firearm"], ["civilians"], [], [], [], [1], [], S[0:2], injured_best=1,
        note="The same night about 9:50 p.m.: unknown men fired more than 30 shots at the house of a farming family in "
             "the Huentelolén sector on the edge of Cañete; the family's 15-year-old son was wounded in the arm. "
             "Both a1 and a2. Nobody named."),
    inc("canete-truck-arson-2026-05-23", "2026-05-23", *CANETE, "other", RLA, "claimed", None,
        ["fire", "firearm"], ["business"], ["civilians", "transportation"], [], [], [1], [], S[0:2], injured_best=1,
        note="The same night about 10:40 p.m.: hooded armed men stopped a forestry contractor's truck at the northern "
             "exit of Cañete, forced the driver out, beat him with rifle butts (1 injured) and set the truck on fire. "
             "A banner signed by the (invented) Resistencia Lafkenche Autónoma was left at the scene (a1) and the "
             "group later posted a statement (a2): claimed. Arson with an assault: event_type other; the rifles were "
             "carried and used to beat (firearm)."),
    inc("canete-official-killing-2026-05-23", "2026-05-23", *CANETE, "assassination", None, None, None,
        ["firearm"], ["government"], [], [1], [], [], [], S[0:2], killed_best=1,
        note="The same night about 11:30 p.m.: Héctor Sanhueza Riquelme (invented), head of the municipality's public "
             "security office, shot dead as he got out of his car outside his home in the town. Nobody claimed or "
             "named. The prosecutor investigates the four attacks separately; the government speaks of 'a night of "
             "violence' but no source presents them as one coordinated operation: no group. Same town and day: four "
             "incidents that must not merge or swap figures."),
    inc("canete-machinery-arson-2026-03-14", "2026-03-14", *CANETE, "other", None, None, None, ["fire"],
        ["business"], [], [], [], [], [], ["a2_canete_local_radio"], optional=True,
        note="Background in a2 with its own full date: on 14 March three forestry machines were burnt in the same "
             "Huentelolén sector; nobody hurt. Must not merge with May."),
    # --- Lebanon: an air strike on a building in Nabatieh and a drone strike on a car at Tyre, the same Tuesday ------
    inc("nabatieh-building-strike-2026-03-10", "2026-03-10", "LB", "Nabatîyé", "Nabatîyé et Tahta", 33.37889,
        35.48389, "air_strike", ISRAEL, "claimed", None, ["aircraft"], ["civilians"], ["armed_group"],
        [4, 5, 7], [1, 2, 3], [11, 13], [2], S[2:5], killed_best=7, injured_best=13,
        note="Tuesday 10 March about 9:15 p.m.: Israeli warplanes struck a three-storey residential building in "
             "Nabatieh. b1 (wire brief of three sentences, Tuesday night, dateline BEIRUT): at least four killed "
             "(civil defence). b2 (state news agency's English service, Wednesday, 'Nabatiyeh'): health ministry: "
             "five killed including two children (a part: optional), 11 wounded. b3 (Beirut daily, Thursday, "
             "'Tuesday night'): two more bodies pulled from the rubble on Wednesday evening, toll 7, 13 wounded "
             "(health ministry); the Israeli army said it struck a Hezbollah commander (claimed by Israel); "
             "Hezbollah mourned one member (a part, optional); b3's 'two brothers ... and their grandmother' (3) and 'two of them critically' (injured 2) are parts, optional."),
    inc("tyre-drone-car-2026-03-10", "2026-03-10", "LB", "South Governorate", "Tyre", 33.27333, 35.19389,
        "air_strike", ISRAEL, "claimed", None, ["drone"], ["armed_group"], ["civilians", "transportation"],
        [2], [], [], [], ["b2_lebanon_state_agency", "b3_lebanon_beirut_daily"], killed_best=2,
        note="The same Tuesday about 2 p.m.: an Israeli drone struck a car at the northern entrance to Tyre ('Sour' in "
             "b2), killing the two men in it. b2: 'two citizens'; b3: the Israeli army said both were Hezbollah "
             "members, Hezbollah mourned them. About 30 km from Nabatieh: a separate incident, no group."),
    inc("marjayoun-house-strike-2026-02-02", "2026-02-02", "LB", "Nabatîyé", "Marjayoûn", 33.36028, 35.59111,
        "air_strike", ISRAEL, None, None, ["aircraft"], ["civilians"], [], [3], [], [], [],
        ["b3_lebanon_beirut_daily"], optional=True,
        note="Background in b3 with its own full date: on 2 February a strike on a house in Marjayoun killed three. "
             "Must not lend 3. The toll since the November 2024 ceasefire is an aggregate."),
    # --- Azerbaijan, Lankaran: car bomb kills a district official ---------------------------------------------------
    inc("lankaran-car-bomb-2026-09-15", "2026-09-15", "AZ", "Lənkəran", "Lankaran", 38.75428, 48.85062,
        "assassination", None, None, None, ["ied"], ["government"], ["civilians"], [1, 2], [], [2], [1],
        S[5:7], killed_best=2,
        note="Tuesday 15 September about 8:10 a.m.: a home-made bomb under the car of the deputy head of the Lankaran "
             "district executive authority (invented) went off as he started it outside his home; he died. c1 (state "
             "agency, three-sentence brief the same day, dateline BAKU, 'Lənkəran'): 1 killed, the driver and a "
             "street sweeper injured (2). c2 (exile site, Saturday, 'last Tuesday', 'Lenkoran'): the driver died in a "
             "Baku hospital on Thursday, toll 2; the sweeper still treated (1, a part: optional); the State Security "
             "Service detained three people and spoke of a network 'directed from abroad' (no actor named: "
             "perpetrator null). injured_best left unscored (2 injured, one of whom later died)."),
    # --- El Salvador, Chalatenango: massacre of a family ----------------------------------------------------------
    inc("chalatenango-family-massacre-2026-07-19", "2026-07-19", "SV", "Chalatenango", "Chalatenango", 14.03333,
        -88.93333, "armed_assault", MS13, "attributed", None, ["firearm", "knife"], ["civilians"], [],
        [4, 5], [], [2], [1], S[7:9], killed_best=5,
        note="Sunday 19 July about 10 p.m.: gunmen broke into a house in a hamlet (invented: caserío Los Achiotes) "
             "'about 8 kilometres north of the city of Chalatenango' and killed a couple, their adult son and a "
             "neighbour with guns and machetes; two children wounded. d1 (National Civil Police press release, "
             "Monday, numbered points): 4 killed, 2 minors injured, three 'terrorists' of the MS-13 captured "
             "(attributed by the police). d2 (digital paper, Thursday, 'last Sunday'): the girl died on Tuesday, toll "
             "5; the boy still in hospital (1, a part: optional); relatives speak of a land dispute (still "
             "attributed). injured_best left unscored."),
    # --- Ethiopia, West Welega (Oromia): coordinated dawn attacks on Gimbi and Nejo (group) ------------------------
    inc("gimbi-police-prison-attack-2026-10-08", "2026-10-08", "ET", "Oromiya", "Gimbi", 9.17031, 35.83491,
        "armed_assault", OLA, "claimed", None, ["firearm"], ["police", "civilians"], ["government"],
        [10, 14], [6, 4], [22], [], S[9:11], group=WAVE, killed_best=14, injured_best=22,
        note="Thursday 8 October at dawn: fighters attacked the police station and the prison of Gimbi ('Ghimbi' in "
             "e2) and freed prisoners. e1 (regional government communication bureau statement, translated, Friday, "
             "dateline FINFINNE): in Gimbi 'six members of the police and militia and four civilians' killed (parts "
             "only: 10; 6 and 4 optional); the government calls the group 'Shene' (attributed there). e2 (diaspora "
             "site, Monday, dateline ADDIS ABABA): Gimbi hospital: 14 bodies, 22 wounded; the OLA spokesman claims "
             "the attacks (claimed)."),
    inc("nejo-police-camp-attack-2026-10-08", "2026-10-08", "ET", "Oromiya", "Nejo", 9.5, 35.5,
        "armed_assault", OLA, "claimed", None, ["firearm"], ["police"], ["government"],
        [3, 5], [], [], [], S[9:11], group=WAVE, killed_best=5,
        note="The same dawn: fighters attacked the police camp and the district office in Nejo ('Nedjo' in e2), about "
             "55 km north-west of Gimbi. e1: 3 security personnel killed; e2: residents, 5 killed."),
]
groups = [dict(id=WAVE, members=["gimbi-police-prison-attack-2026-10-08", "nejo-police-camp-attack-2026-10-08"],
               killed=[13, 19], killed_optional=[38, 60, 9, 4], injured=[], injured_optional=[],
               note="Both sources present the two dawn attacks as one coordinated operation. e1: 13 killed in all "
                    "(nine security personnel and four civilians: parts, optional), 38 'Shene' killed (optional). e2: at least 19 "
                    "killed in the two towns; the OLA claims 60 government forces killed (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic10/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_garissa_teachers: a Senate committee hearing in Garissa on teachers leaving the "
                           "north-east; attacks appear only as undated aggregates: no incident.",
                           "Aggregates: attacks in Biobío and La Araucanía this year (a1, a2); people killed since the "
                           "November 2024 ceasefire (b2, b3); homicides in El Salvador this year (d2); civilians "
                           "killed in Welega since 2022 (e2).",
                           "Headline lists under related-story headings: other events, no article text.",
                           "Photo captions with places and dates; arrests (c2, d1, e2) and prisoners freed are no "
                           "separate incidents."])
json.dump(gold, open(os.path.join(here, "synthetic10.gold.json"), "w"), indent=1, ensure_ascii=False)
