#!/usr/bin/env python3
"""Writes synthetic11.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_kwadukuza_community_site", "a2_kwadukuza_broadcaster",
     "b1_tunisia_state_agency", "b2_tunisia_radio_site",
     "c1_bawku_national_site", "c2_bawku_community_radio", "c3_bawku_wire_brief",
     "d1_sabah_national_daily", "d2_sabah_police_statement",
     "e1_paraguay_english_site",
     "f1_nepal_commission"]
JUND = ["Jund al-Khilafa", "Jund al-Khilafah", "Jund al-Khilafa fi Ard Tunis", "Soldiers of the Caliphate",
        "Islamic State", "IS", "ISIS"]
ASG = ["Abu Sayyaf", "Abu Sayyaf Group", "ASG", "Abu Sayyaf kidnap-for-ransom group"]
EPP = ["Ejército del Pueblo Paraguayo", "EPP", "Paraguayan People's Army", "Paraguayan People's Army (EPP)"]
WAVE = "concepcion-epp-wave-2026-10-15"
incidents = [
    # --- South Africa, KwaZulu-Natal: a night of three separate attacks in one town (no group) -------------------
    inc("kwadukuza-councillor-2026-08-22", "2026-08-22", "ZA", "KwaZulu-Natal", "KwaDukuza", -29.32816, 31.28954,
        "assassination", None, None, None, ["firearm"], ["government"], [],
        [1], [], [1], [], S[0:2], killed_best=1, injured_best=1,
        note="Saturday 22 August about 8:40 p.m.: a ward councillor (invented: Bongani Mkhize) shot dead in his car at "
             "the gate of his home in Shayamoya, KwaDukuza, by two gunmen on foot; his bodyguard (a municipal "
             "protection officer) wounded. a1 (local community news site, Sunday, all three attacks of the night "
             "under time stamps): killed 1, bodyguard wounded. a2 (national broadcaster, Monday, dateline DURBAN, "
             "'Stanger (KwaDukuza)'): the same, bodyguard 'stable'; the political killings task team takes over; "
             "no arrest, no one blamed (perpetrator null)."),
    inc("kwadukuza-house-shooting-2026-08-22", "2026-08-22", "ZA", "KwaZulu-Natal", "KwaDukuza", -29.32816, 31.28954,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["government"],
        [], [], [2], [], S[0:2], injured_best=2,
        note="The same night about 10:15 p.m.: gunmen fired more than 20 shots into the house of a ward committee "
             "member in Nkobongo, KwaDukuza; he was out, 'his sister and her seven-year-old granddaughter' were "
             "wounded (a part-figure sum: injured 2). a1 and a2 (a2: 'a woman and a child'). A separate incident "
             "from the councillor killing (other street, other time, police do not link them yet)."),
    inc("kwadukuza-taxi-arson-2026-08-22", "2026-08-22", "ZA", "KwaZulu-Natal", "KwaDukuza", -29.32816, 31.28954,
        "other", None, None, None, ["fire"], ["transportation"], ["business"],
        [], [], [], [], [S[0]],
        note="The same night about 11:30 p.m.: men poured petrol on two minibus taxis parked at the rank near the "
             "town's bus terminus and set them alight; nobody hurt. a1 only; police link it to a taxi-route "
             "dispute, not to the shootings. A third incident of the same night in the same town."),
    inc("kwadukuza-councillor-2026-03", "2026-03", "ZA", "KwaZulu-Natal", "KwaDukuza", -29.32816, 31.28954,
        "assassination", None, None, None, ["firearm"], ["government"], [], [1], [], [], [], [S[1]],
        optional=True,
        note="Background in a2: in March another KwaDukuza councillor was shot dead outside a tavern. Must not lend "
             "1 to August or merge with it."),
    # --- Tunisia, Kasserine: IED then gunfire on a National Guard patrol ------------------------------------------
    inc("kasserine-guard-patrol-2026-05-13", "2026-05-13", "TN", "Kasserine", "Kasserine", 35.16758, 8.83651,
        "bombing", JUND, "claimed", None, ["ied", "firearm"], ["police"], ["civilians"],
        [4, 6], [12], [3], [1], S[2:4], killed_best=6, injured_best=3,
        note="Wednesday 13 May about 7 a.m.: an explosive device buried in a track at the foot of Jebel Semmama, "
             "about 12 km north of Kasserine, hit a National Guard vehicle; gunmen then fired from the slope. b1 "
             "(state agency's English service, Wednesday, dateline TUNIS): interior ministry: four National Guard "
             "agents killed, three injured. b2 (private radio's site, Friday, 'Wednesday's attack', 'Gasrine', "
             "'Samama'): 'four National Guard officers and two civilians' killed (a shepherd guiding the patrol and "
             "a water-truck driver: a sum of parts, 6); three injured, one critical (1: a part, optional); Jund "
             "al-Khilafa (Islamic State's Tunisian branch) claimed it through an Amaq-style statement, 12 "
             "'apostates' (claimant's figure, optional)."),
    inc("sbiba-mine-shepherd-2026-02", "2026-02", "TN", "Kasserine", "Sbiba", 35.54332, 9.0737, "bombing",
        None, None, None, ["ied"], ["civilians"], [], [1], [], [], [], [S[3]], optional=True,
        note="Background in b2: in February a mine killed a young shepherd in the hills near Sbiba. Must not lend 1."),
    # --- Ghana, Upper East: shooting in Bawku, a toll rising over a week ------------------------------------------
    inc("bawku-lorry-station-shooting-2026-03-10", "2026-03-10", "GH", "Upper East", "Bawku", 11.0616, -0.24169,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"],
        [5, 6, 7], [], [7], [], S[4:7], killed_best=7,
        note="Tuesday 10 March about 6:30 p.m.: gunmen on motorbikes fired on people at the lorry station by the "
             "Bawku central market. c1 (national site, Wednesday, dateline BOLGATANGA): regional police: 'three "
             "traders and two commercial motor riders' killed (5), seven injured at the Bawku Presbyterian Hospital. "
             "c3 (wire brief, Thursday, only 'on March 10'): interior minister: six killed. c2 (Bawku community "
             "radio's site, Monday 16 March, 'last Tuesday'): two of the injured died at Tamale Teaching Hospital, "
             "toll 7. injured_best left unscored (7 reported, two of them later died). No group named: perpetrator "
             "null (the chieftaincy conflict is the context, no side blamed)."),
    inc("bawku-natinga-shooting-2026-02-21", "2026-02-21", "GH", "Upper East", "Bawku", 11.0616, -0.24169,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [], [S[5]], optional=True,
        note="Background in c2 with its own full date: on 21 February two men shot dead in the Natinga area of "
             "Bawku. Same town: must not merge with, or lend 2 to, March."),
    # --- Malaysia, Sabah: kidnapping of fishermen by gunmen from the sea ---------------------------------------------
    inc("lahad-datu-fishermen-kidnap-2026-06-07", "2026-06-07", "MY", "Sabah", "Lahad Datu", 5.02298, 118.32897,
        "kidnapping", ASG, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [], [], [1], [], S[7:9], injured_best=1,
        note="Sunday 7 June about 11:40 p.m.: five gunmen in a speedboat raided a fish-cage settlement (invented: "
             "Kampung Sungai Tabanak) about 20 km east of Lahad Datu town and took four fishermen (three Indonesian, "
             "one Malaysian); a fifth who resisted was shot in the thigh (injured 1). d1 (national daily, Monday, "
             "dateline KOTA KINABALU): Sabah police commissioner: a kidnap-for-ransom group from Sulu believed "
             "linked to Abu Sayyaf (suspected). d2 (state police's statement on its portal, Monday, '7 June 2026 at "
             "about 2340 hours', 'L. Datu'): the same. Four abducted is no toll."),
    # --- Paraguay, Concepción: EPP arson and kidnapping at a ranch and a checkpoint shooting the same night ------
    inc("horqueta-ranch-kidnap-2026-10-15", "2026-10-15", "PY", "Concepción", "Horqueta", -23.34323, -57.05212,
        "kidnapping", EPP, "claimed", None, ["fire", "firearm"], ["business", "civilians"], [],
        [], [], [], [], [S[9]], group=WAVE,
        note="Thursday 15 October about 9 p.m.: about ten armed men burned the main house and a tractor of a ranch "
             "(invented: Estancia Santa Clotilde) about 18 km north-east of Horqueta and took the foreman away; "
             "a pamphlet signed EPP left at the gate (claimed). e1 only (Asunción English-language site, Friday, "
             "dateline ASUNCIÓN). Nobody hurt."),
    inc("concepcion-checkpoint-2026-10-15", "2026-10-15", "PY", "Concepción", "Concepción", -23.39985, -57.43236,
        "armed_assault", EPP, "attributed", None, ["firearm"], ["police"], [],
        [1], [], [2], [], [S[9]], group=WAVE, killed_best=1, injured_best=2,
        note="The same night about 10:30 p.m.: gunmen fired rifles from a pickup on a police checkpoint at the "
             "eastern exit of Concepción city on Route PY05, about 39 km from Horqueta: a police sub-officer killed, "
             "two officers injured. The Joint Task Force (FTC) says the EPP hit the checkpoint to draw forces from "
             "the ranch (attributed; the pamphlet names only the ranch)."),
]
groups = [dict(id=WAVE, members=["horqueta-ranch-kidnap-2026-10-15", "concepcion-checkpoint-2026-10-15"],
               killed=[1], killed_optional=[], injured=[2], injured_optional=[],
               note="The FTC presents the two attacks of the night as one coordinated EPP operation; totals are those "
                    "of the checkpoint (the ranch had no casualties).")]
gold = dict(about="Hand-coded reference for eval/synthetic11/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_nepal_commission: the truth commission resumes hearings in Kathmandu; the 1996-2006 "
                           "conflict appears only as aggregates (about 17,000 killed, some 1,300 disappeared, "
                           "thousands of complaints): no incident.",
                           "Aggregates: councillors killed in KwaZulu-Natal since 2016 (a2); guards and soldiers "
                           "killed in the western mountains since 2012 (b2); deaths in the Bawku conflict since 2021 "
                           "(c1, c2); kidnappings off eastern Sabah since 2000 (d1); EPP kidnappings since 2008 (e1).",
                           "Headline lists under related-story headings: other events, no article text.",
                           "Photo captions with places and dates; curfews, arrests and security operations are no "
                           "attacks."])
json.dump(gold, open(os.path.join(here, "synthetic11.gold.json"), "w"), indent=1, ensure_ascii=False)
