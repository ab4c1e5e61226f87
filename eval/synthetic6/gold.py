#!/usr/bin/env python3
"""Writes synthetic6.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["h1_desarmes_wire", "h2_desarmes_local", "h3_desarmes_un_release",
     "t1_akcakale_brief", "t2_akcakale_daily",
     "i1_intanjaya_national", "i2_intanjaya_papua_local",
     "b1_benin_cabinet_daily",
     "s1_bor_radio",
     "r1_africa_briefs",
     "c1_adre_aid"]
GRAN_GRIF = ["Gran Grif", "Gran Grif gang", "Grand Grif"]
PKK = ["Kurdistan Workers' Party", "PKK", "People's Defense Units", "People's Protection Units", "YPG", "PKK/YPG",
       "Syrian Democratic Forces", "SDF"]
TR_ARMY = ["Turkish Armed Forces", "Turkish army", "Turkish military", "Turkey"]
TPNPB = ["West Papua National Liberation Army", "TPNPB", "TPNPB-OPM", "Free Papua Movement", "OPM",
         "Tentara Pembebasan Nasional Papua Barat", "Organisasi Papua Merdeka"]
TNI = ["Indonesian military", "TNI", "Indonesian army", "Indonesian National Armed Forces", "Indonesian security forces"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM", "Nusrat al-Islam"]
WAVE = "benin-alibori-wave-2025-08-28"
incidents = [
    # --- Haiti, Artibonite: gang massacre and arson in Désarmes; toll rising over a week ------------------------------
    inc("desarmes-massacre-2025-10-16", "2025-10-16", "HT", "Artibonite", "Désarmes", 18.99345, -72.39058,
        "armed_assault", GRAN_GRIF, "claimed", None, ["firearm", "fire"], ["civilians"], ["police", "business"],
        [9, 12, 21, 27], [2], [8, 14, 18], [], S[0:3], killed_best=27, injured_best=18,
        note="Gang attack on the town of Désarmes (Kreyòl 'Dezam'; a communal section of Verrettes), Artibonite, in the "
             "early hours of Thursday 16 October (from about 2 a.m.): gunmen went house to house, shot residents and set "
             "houses on fire. h1 (wire, Thursday evening, dateline PORT-AU-PRINCE): 9 killed (national police "
             "spokesperson), at least 12 (the mayor of Verrettes); at least 8 wounded taken to the hospital in Verrettes. "
             "h2 (Haitian site in odd English, Saturday 18): 21 killed (a local human-rights collective), 14 wounded "
             "treated in Verrettes and Saint-Marc; residents' brigade killed two attackers (2, optional); the gang's "
             "leader claimed the attack in a video on social media. h3 (UN human rights office release, Wednesday 22, "
             "'last Thursday'): at least 27 killed incl. 6 children, 18 injured, more than 60 houses burned. Houses "
             "burned and people displaced are no casualty figures. Verrettes and Saint-Marc are hospital places, not "
             "scenes. Claimed (leader's video) and blamed by police: claimed."),
    inc("verrettes-police-station-2025-03-03", "2025-03-03", "HT", "Artibonite", "Verrettes", 19.0505, -72.46585,
        "armed_assault", GRAN_GRIF, None, None, ["firearm"], ["police"], [], [2], [], [], [], ["h2_desarmes_local"],
        optional=True,
        note="Background in h2 with its own full date: on 3 March 2025 the same gang attacked the police station of "
             "Verrettes and killed two officers. About 10 km from Désarmes: must not merge with or lend 2 to October."),
    # --- Turkey, Şanlıurfa: cross-border rocket fire on Akçakale ------------------------------------------------------
    inc("akcakale-rockets-2025-09-09", "2025-09-09", "TR", "Şanlıurfa", "Akçakale", 36.71111, 38.9475, "shelling", PKK,
        "denied", None, ["rocket"], ["civilians"], ["education"],
        [2, 3], [], [9, 11], [], S[3:5], killed_best=3, injured_best=11,
        note="Rockets fired from northern Syria hit Akçakale (Akcakale) on Tuesday 9 September about 3:40 p.m.: one in "
             "the yard of a primary school after classes, others on houses. t1 (three-sentence brief from the state news "
             "agency, Tuesday): 2 killed, 9 injured (governor's office). t2 (Istanbul daily's English site, Wednesday): "
             "a 7-year-old girl died in hospital overnight, toll 3, 11 injured (provincial health directorate); the "
             "interior minister blames the PKK/YPG; the SDF denied any role in a statement: responsibility 'denied' "
             "(the accused denies; nobody claimed)."),
    inc("tall-abyad-retaliation-2025-09-09", "2025-09-09", "SY", "Ar-Raqqah", "Tall Abyad", 36.69648, 38.95382,
        "shelling", TR_ARMY, None, None, ["artillery"], ["armed_group"], [], [], [], [], [], ["t2_akcakale_daily"],
        optional=True,
        note="t2: Turkish artillery 'returned fire' on the positions the rockets came from around Tall Abyad (Tel Abyad), "
             "across the border, the same evening; no casualty figure. Optional: a military response, about 2 km from "
             "Akçakale, no victims named."),
    inc("ceylanpinar-mortar-2024-06-21", "2024-06-21", "TR", "Şanlıurfa", "Ceylanpınar", 36.84722, 40.05, "shelling",
        None, None, None, ["mortar"], ["civilians"], [], [], [], [4], [], ["t2_akcakale_daily"], optional=True,
        note="Background in t2 with its own full date: on 21 June 2024 mortar rounds from Syria hit Ceylanpınar and "
             "wounded four. Must not lend 4."),
    # --- Indonesia, Central Papua: workers killed near Sugapa, claimed by the TPNPB ------------------------------------
    inc("sugapa-workers-2025-11-04", "2025-11-04", "ID", "Central Papua", "Sugapa", -3.74306, 137.05, "armed_assault",
        TPNPB, "claimed", None, ["firearm", "knife"], ["civilians"], ["business", "transportation"],
        [4, 5], [6], [1], [], S[5:7], killed_best=5, injured_best=1,
        note="Tuesday 4 November about 7 a.m.: gunmen attacked the camp of workers building a road bridge in a village "
             "of Sugapa district, Intan Jaya regency (about 12 km from the district town), shot them and hacked them with "
             "machetes. i1 (national English-language site, dateline JAKARTA, Tuesday): 4 workers killed, 1 wounded "
             "(Central Papua police spokesman); TPNPB spokesman claims the attack, calls the victims soldiers in "
             "disguise and says six were killed (6, optional: a perpetrator's own figure). i2 (Papua local site in odd "
             "English, Thursday 6; dates as 'Selasa (4/11/2025)'): the body of a fifth worker found in the river, toll "
             "5; the wounded one evacuated to Timika (a hospital place, not a scene)."),
    inc("beoga-army-operation-2025-11-05", "2025-11-05", "ID", "Central Papua", "Beoga", -3.8395, 137.1667, "battle",
        TNI, None, None, ["firearm"], ["armed_group"], [], [2], [], [], [], ["i2_intanjaya_papua_local"],
        optional=True,
        note="i2: on Wednesday (5/11/2025) soldiers pursuing the attackers clashed with a TPNPB group near Beoga (Puncak "
             "regency) and killed two of them (army). A security operation the day after, about 17 km from Sugapa: "
             "optional; its 2 must not join the workers' toll."),
    inc("sugapa-school-arson-2025-09-02", "2025-09-02", "ID", "Central Papua", "Sugapa", -3.74306, 137.05, "other",
        TPNPB, None, None, ["fire"], ["education"], [], [], [], [], [], ["i2_intanjaya_papua_local"], optional=True,
        note="Background in i2 with its own date ('Selasa (2/9/2025)'): a primary school in Sugapa was burned; nobody hurt."),
    # --- Benin, Alibori: two simultaneous attacks at dawn (a wave), claimed by JNIM ----------------------------------
    inc("banikoara-army-post-2025-08-28", "2025-08-28", "BJ", "Alibori", "Banikoara", 11.29845, 2.43856,
        "armed_assault", JNIM, "claimed", None, ["firearm"], ["military"], [],
        [11], [], [3], [], ["b1_benin_cabinet_daily"], group=WAVE, killed_best=11, injured_best=3,
        documents_optional=["r1_africa_briefs"],
        note="Dawn attack, Thursday 28 August, on an army position in the north of Banikoara commune, 'about 30 km "
             "north of Banikoara' towards the W park (coded at Banikoara). b1 (Cotonou daily, Friday, dateline COTONOU, "
             "reporting the government spokesperson after the weekly cabinet meeting, plus security sources in Kandi): 11 "
             "soldiers killed, 3 wounded there (security source). r1 mentions the wave only in passing."),
    inc("malanville-police-2025-08-28", "2025-08-28", "BJ", "Alibori", "Malanville", 11.86819, 3.38327,
        "armed_assault", JNIM, "claimed", None, ["firearm", "explosive"], ["police"], [],
        [4], [], [1], [], ["b1_benin_cabinet_daily"], group=WAVE, killed_best=4, injured_best=1,
        documents_optional=["r1_africa_briefs"],
        note="At almost the same time, gunmen attacked the police station (commissariat) of Malanville and blew open its "
             "gate with an explosive charge. b1: 4 police officers killed, 1 wounded (security source)."),
    inc("tanguieta-ied-2025-08-29", "2025-08-29", "BJ", "Atakora", "Tanguiéta", 10.62118, 1.26651, "bombing", JNIM,
        "suspected", None, ["ied"], ["military"], [], [2], [], [1], [], ["r1_africa_briefs"], killed_best=2,
        injured_best=1,
        note="r1 (pan-African briefs page, Monday 1 September): on Friday an army pickup hit a roadside bomb on the road "
             "from Tanguiéta to Batia, about 20 km from Tanguiéta: 2 soldiers killed, 1 wounded (army source); no claim, "
             "the army suspects JNIM. The day after the wave, in another department, not presented as part of it: no "
             "group."),
    # --- South Sudan, Jonglei: raid on a cattle camp north of Bor --------------------------------------------------
    inc("bor-cattle-camp-raid-2025-08-30", "2025-08-30", "SS", "Jonglei", "Bor", 6.20889, 31.55861, "armed_assault",
        None, None, None, ["firearm"], ["civilians"], [], [17, 23], [8], [12, 19], [], ["s1_bor_radio", "r1_africa_briefs"],
        killed_best=23, injured_best=19,
        note="Raid at dawn on Saturday 30 August on a cattle camp about 25 km north of Bor (coded at Bor): armed raiders "
             "shot herders, abducted children and drove off cattle. s1 (Juba radio's site, Sunday, dateline BOR): 17 "
             "killed, 12 wounded (Bor South county commissioner), nine children abducted and about 2,000 head of cattle "
             "taken (no casualty figures), 8 raiders killed by the herders (optional). r1 (Monday): toll rises to 23 "
             "killed and 19 wounded (Jonglei state information minister). Raiders described only as armed youths from "
             "a neighbouring area: no organisation, perpetrator null (not scored)."),
    inc("bor-cattle-camp-raid-2025-02", "2025-02", "SS", "Jonglei", "Bor", 6.20889, 31.55861, "armed_assault", None,
        None, None, ["firearm"], ["civilians"], [], [6], [], [], [], ["s1_bor_radio"], optional=True,
        note="Background in s1: 'in February' raiders killed six herders at another camp near Bor. Must not lend 6."),
]
groups = [dict(id=WAVE, members=["banikoara-army-post-2025-08-28", "malanville-police-2025-08-28"],
               killed=[15, 16], killed_optional=[12, 30], injured=[4], injured_optional=[],
               note="Two simultaneous dawn attacks in Alibori presented by the government as one coordinated assault. b1: "
                    "15 soldiers and police officers killed and 4 wounded in all (government spokesperson); 12 assailants "
                    "'neutralised' (attackers' dead: optional); JNIM's own statement: 30 'soldiers of the regime' killed "
                    "(optional). r1: the toll of Thursday's attacks rose to 16 when a wounded soldier died.")]
gold = dict(about="Hand-coded reference for eval/synthetic6/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["c1_adre_aid: an aid story (ration cuts for Sudanese refugees in the camps around Adré, Ouaddaï, "
                           "Chad); the war in Sudan is mentioned only as aggregates (killed since April 2023, refugees "
                           "who fled Darfur): no incident.",
                           "r1 also carries items with no attack (a Chad election item, a Burundi fuel item).",
                           "Aggregates: gang violence in Haiti January-September and people displaced from Artibonite "
                           "(h1, h3); rockets fired across the border 'this year' (t2); killings in Intan Jaya since 2019 "
                           "(i1); attacks in northern Benin since 2021 (b1); intercommunal violence in Jonglei this year "
                           "(s1); the Sudan war (c1).",
                           "Lists of other stories' headlines under the web pages' headings; photo captions with places "
                           "and dates; houses burned, people displaced, children abducted and cattle stolen are no "
                           "casualty figures."])
json.dump(gold, open(os.path.join(here, "synthetic6.gold.json"), "w"), indent=1, ensure_ascii=False)
