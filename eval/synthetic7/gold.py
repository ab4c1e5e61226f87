#!/usr/bin/env python3
"""Writes synthetic7.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_ecuador_roundup", "a2_quevedo_local",
     "b1_iran_state_agency", "b2_iran_rights_monitor",
     "c1_ingushetia_brief", "c2_ingushetia_exile",
     "d1_enga_brief", "d2_enga_daily", "d3_enga_broadcaster",
     "e1_togo_regional", "e2_togo_wire",
     "f1_srilanka_reparations"]
LOBOS = ["Los Lobos", "Lobos"]
JAA = ["Jaish al-Adl", "Jaysh al-Adl", "Jaish ul-Adl", "Jaish al-Adel", "Army of Justice", "Jaish al-Zolm",
       "Jaish al-Dhulm"]
IS = ["Islamic State", "Islamic State Caucasus Province", "Vilayat Kavkaz", "IS"]
YALISA = ["Yalisa", "Yalisa clan", "Yalisa tribe", "Yalisa tribesmen", "Yalisa fighters"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM", "Nusrat al-Islam"]
WAVE = "iran-sistan-wave-2025-12-04"
incidents = [
    # --- Ecuador: three separate attacks on one Sunday in three coastal provinces (no group) ------------------------
    inc("quevedo-cockpit-massacre-2025-09-14", "2025-09-14", "EC", "Los Ríos", "Quevedo", -1.02863, -79.46352,
        "armed_assault", LOBOS, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [7, 9], [], [5], [3], S[0:2], killed_best=9, injured_best=5,
        note="Sunday 14 September about 4 p.m.: gunmen arriving in two pickups opened fire with rifles on the crowd at a "
             "cockfighting pit (gallera) in the San Camilo parish of Quevedo. a1 (national English-language site, "
             "Monday, dateline QUITO, a weekend round-up of three unrelated attacks): 7 killed, 5 injured (Los Ríos "
             "police command); police suspect a cell of Los Lobos fighting a rival gang. a2 (Quevedo local site, "
             "Thursday, 'last Sunday'): two of the wounded died, toll 9 (prosecutor's office); 'three remain in "
             "hospital' is a part of the wounded (optional); two suspects arrested, said by police to belong to Los "
             "Lobos (suspected: no claim, no charge yet)."),
    inc("quevedo-bar-2025-06-02", "2025-06-02", "EC", "Los Ríos", "Quevedo", -1.02863, -79.46352, "armed_assault",
        None, None, None, ["firearm"], ["civilians"], ["business"], [6], [], [], [], ["a2_quevedo_local"],
        optional=True,
        note="Background in a2 with its own full date: on 2 June gunmen killed six people at a bar in the same parish. "
             "Same town: must not merge with, or lend 6 to, the September massacre."),
    inc("machala-upc-explosive-2025-09-14", "2025-09-14", "EC", "El Oro", "Machala", -3.25861, -79.96053, "bombing",
        None, None, None, ["explosive"], ["police"], [], [], [], [2], [], ["a1_ecuador_roundup"], injured_best=2,
        note="a1 only: in the early hours of the same Sunday (about 3 a.m.) two men on a motorcycle threw an explosive "
             "charge at a police community unit (UPC) in the Puerto Bolívar parish of Machala; two officers lightly "
             "injured, the front of the building and two patrol cars damaged. Nobody blamed (extortion gangs "
             "mentioned only as a line of inquiry): perpetrator null. Police: no link between the three attacks."),
    inc("manta-councillor-shooting-2025-09-14", "2025-09-14", "EC", "Manabí", "Manta", -0.96212, -80.71271,
        "assassination", None, None, None, ["firearm"], ["government"], ["civilians"], [1], [], [1], [],
        ["a1_ecuador_roundup"], killed_best=1, injured_best=1,
        note="a1 only: the same Sunday about 8:30 p.m. a municipal councillor of Manta was shot dead by a gunman on foot "
             "as he left a restaurant; his driver was wounded. No suspect named. Manta, Quevedo and Machala are far "
             "apart: three incidents, no group. The round-up's weekend count of violent deaths in the coastal "
             "provinces is an aggregate."),
    # --- Iran, Sistan and Baluchestan: one coordinated night attack on two sites, claimed by Jaish al-Adl -----------
    inc("rask-police-hq-2025-12-04", "2025-12-04", "IR", "Sistan and Baluchestan", "Rāsak", 26.23682, 61.39901,
        "armed_assault", JAA, "claimed", None, ["firearm", "grenade"], ["police"], ["civilians"],
        [7, 9], [6], [9], [], S[2:4], group=WAVE, killed_best=9, injured_best=9,
        note="Thursday 4 December about 10:30 p.m.: gunmen stormed the police headquarters in Rask with rifles and hand "
             "grenades; the clashes lasted until dawn on Friday. b1 (state news agency's English service, Friday, "
             "dateline ZAHEDAN, translated style; calls the group 'Jaish al-Zolm'): seven police 'martyred' in Rask, "
             "nine wounded taken to Rask hospital (deputy governor for security); six of the attackers killed at "
             "Rask (optional). b2 (Baloch rights monitor, Sunday; 'Rusk'): seven police and two civilians, a woman "
             "and a nine-year-old boy hit by gunfire in their house near the station (9). Claimed by Jaish al-Adl "
             "on its Telegram channel (b2; b1 says the group 'admitted' it)."),
    inc("qasr-e-qand-irgc-2025-12-04", "2025-12-04", "IR", "Sistan and Baluchestan", "Qaşr-e Qand", 26.24833, 60.7525,
        "bombing", JAA, "claimed", True, ["vehicle_bomb", "firearm"], ["military"], [],
        [4, 5], [1, 4], [5], [], S[2:4], group=WAVE, injured_best=5,
        note="The same night, minutes later: a suicide bomber drove an explosives-laden pickup into the gate of a "
             "Revolutionary Guards base in Qasr-e Qand (b2: 'Ghasr-e-Ghand'), then gunmen tried to enter. b1: four "
             "Guards killed, five wounded; the driver and three gunmen killed (attackers 1 and 4: optional). b2: five "
             "Guards killed (local sources). killed_best left unscored: 4 (state) against 5 (monitor), no agreed "
             "reconciliation. Rask and Qasr-e Qand are about 64 km apart."),
    inc("iranshahr-roadside-bomb-2025-03-17", "2025-03-17", "IR", "Sistan and Baluchestan", "Iranshahr", 27.20245,
        60.68476, "bombing", None, None, None, ["ied"], ["police"], [], [3], [], [], [],
        ["b2_iran_rights_monitor"], optional=True,
        note="Background in b2 with its own full date: on 17 March 2025 a roadside bomb killed three police officers "
             "near Iranshahr. Must not lend 3 to December."),
    # --- Russia, Ingushetia: ramming and knife attack on a traffic police post ----------------------------------------
    inc("karabulak-dps-post-2025-07-13", "2025-07-13", "RU", "Ingushetia", "Karabulak", 43.30513, 44.89949,
        "armed_assault", IS, "claimed", None, ["knife", "other"], ["police"], [],
        [1], [2, 3], [2], [1], S[4:6], killed_best=1,
        note="Sunday 13 July about 7:40 p.m.: two young men drove a car into the traffic police (DPS) post at the "
             "entrance to Karabulak from the Kavkaz highway, then attacked officers with knives; both were shot "
             "dead by other officers. c1 (state wire, three-sentence brief the same evening, dateline MAGAS): two "
             "officers injured, both attackers 'neutralised' (2, optional). c2 (exile news site, Tuesday; "
             "'Qarabulaq' once): one of the two injured officers died in hospital on Monday (killed 1); the other "
             "remains in hospital (1: a part, optional); 'three dead, counting the attackers' (optional). "
             "Islamic State claimed it through Amaq on Monday, calling the pair its soldiers (claimed); the "
             "families deny any link. injured_best left unscored (2 reported, 1 still hurt after the death)."),
    inc("malgobek-checkpoint-2025-03", "2025-03", "RU", "Ingushetia", "Malgobek", 43.51118, 44.58821,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [2], [], [], [],
        ["c2_ingushetia_exile"], optional=True,
        note="Background in c2: in March gunmen shot dead two police officers at a checkpoint outside Malgobek. Must "
             "not lend 2 to July."),
    # --- Papua New Guinea, Enga: massacre of villagers in a tribal fight ---------------------------------------------
    inc("laiagam-hamlets-massacre-2025-03-16", "2025-03-16", "PG", "Enga", "Laiagam", -5.33105, 143.79052,
        "armed_assault", YALISA, "attributed", None, ["firearm", "knife", "fire"], ["civilians"], [],
        [12, 18, 31], [40], [9], [], S[6:9], killed_best=31, injured_best=9,
        note="Dawn Sunday 16 March: armed men of the Yalisa clan raided three hamlets of the rival Kumbaen clan in the "
             "hills about 8 km from Laiagam station (Lagaip district), shooting and hacking villagers (high-powered "
             "rifles and bush knives) and burning houses; women and children among the dead. d1 (wire brief of "
             "three sentences, Monday): at least 12 killed in tribal violence in Enga province on Sunday, no town "
             "named (a careful coder links it: same day, same province, same fight). d2 (PNG daily, Tuesday, "
             "dateline WABAG): 18 bodies recovered (provincial police commander), 9 treated for gunshot and bush "
             "knife wounds at Wabag hospital; police name the Yalisa fighters as the attackers (attributed), in "
             "revenge for the killing of a Yalisa leader. d3 (international broadcaster's Pacific desk, Friday, "
             "dateline PORT MORESBY): toll rises to 31 as more bodies are found along the Lagaip River (police); a "
             "church leader fears the final toll could pass 40 (a fear, optional)."),
    inc("wabag-clan-leader-2025-03-02", "2025-03-02", "PG", "Enga", "Wabag", -5.49119, 143.72151, "assassination",
        None, None, None, ["firearm"], ["civilians"], [], [1], [], [], [], ["d2_enga_daily"],
        documents_optional=["d3_enga_broadcaster"], optional=True,
        note="Background in d2 with its own full date (and in d3 as 'earlier this month'): on 2 March a Yalisa clan "
             "leader was shot dead on the road outside Wabag, the killing the raid avenged. Must not lend 1."),
    # --- Togo, Savanes: night attack on an army outpost, claimed by JNIM ----------------------------------------------
    inc("dapaong-outpost-2025-05-21", "2025-05-21", "TG", "Savanes", "Dapaong", 10.86225, 0.20762, "armed_assault",
        JNIM, "claimed", None, ["firearm"], ["military"], [],
        [9, 6], [20, 14], [11], [], S[9:11], injured_best=11,
        note="About 3 a.m. Wednesday 21 May ('the night of Tuesday 20 to Wednesday 21 May' in the communiqué): dozens "
             "of gunmen on motorbikes attacked an army outpost at Nakitindi (an invented village), about 20 km "
             "north-west of Dapaong near the Burkina Faso border. e1 (regional site's English edition translated "
             "from French, Wednesday evening, dateline LOMÉ, the capital far from the scene): at least nine soldiers killed (local sources), unverified. e2 (wire, "
             "Monday 26 May, 'last Wednesday'): the government's first toll, read on state television: six soldiers "
             "killed, 11 wounded, 14 'terrorists neutralised' (optional); JNIM claimed it and said it killed 20 "
             "soldiers (claimant's figure, optional). killed_best left unscored: 9 (local sources) against 6 "
             "(government)."),
]
groups = [dict(id=WAVE, members=["rask-police-hq-2025-12-04", "qasr-e-qand-irgc-2025-12-04"],
               killed=[11, 14], killed_optional=[10, 30], injured=[14], injured_optional=[],
               note="Two attacks the same night presented by both sources as one coordinated operation. b1 (state "
                    "agency): eleven 'defenders' martyred in all, 14 wounded, ten terrorists killed (optional). b2 "
                    "(monitor): at least 14 people killed in the two attacks, two of them civilians; Jaish al-Adl's "
                    "own claim: more than 30 'forces of the regime' killed (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic7/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_srilanka_reparations: reparations paid to families of the disappeared in Mullaitivu "
                           "district; the civil war appears only as undated aggregates (complaints of disappearance, "
                           "civilians killed in the last months of the war): no incident.",
                           "Aggregates: violent deaths in Ecuador's coastal provinces over the weekend and homicides "
                           "in Los Ríos this year (a1, a2); people executed or killed in Sistan and Baluchestan this "
                           "year (b2); deaths in Enga tribal fighting in recent years (d2, d3); attacks in northern "
                           "Togo since 2021 (e1, e2).",
                           "Headline lists under related-story headings: other attacks, no article text.",
                           "Photo captions with places and dates; the arrests in Rask after the attack (b2) and the "
                           "counter-terrorist operation regime (c1, c2) are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic7.gold.json"), "w"), indent=1, ensure_ascii=False)
