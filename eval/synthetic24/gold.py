#!/usr/bin/env python3
"""Writes synthetic24.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_bhutan_ngo_pdf_report", "a2_bhutan_wire_new_delhi",
     "b1_jahra_tv_transcript", "b2_jahra_amp_page",
     "c1_oriental_forwarded_digest", "c2_ain_beni_mathar_bus_local", "c3_bouarfa_ngo_statement",
     "d1_central_radio_bulletin", "d2_mahalapye_watchman_followup",
     "e1_dembeni_doctor_column",
     "f1_mauritius_football_report"]
SFLF = ["Southern Foothills Liberation Front", "SFLF", "the Southern Foothills Liberation Front",
        "Southern Foothills Liberation Front (SFLF)"]
THUGHUR = ["Saraya al-Thughur", "Frontier Brigades", "the Frontier Brigades", "Saraya al Thughur",
           "Saraya al-Thughur (Frontier Brigades)"]
WAVE = "bhutan-phuntsholing-sarpang-2026-10-13"
incidents = [
    # --- Bhutan: a night raid on a police outpost at Phuntsholing and a roadside bomb on an army vehicle near Sarpang --
    inc("phuntsholing-police-outpost-2026-10-13", "2026-10-13", "BT", "Chukha", "Phuntsholing", 26.85164, 89.38837,
        "armed_assault", SFLF, "claimed", None, ["firearm", "grenade"], ["police"], [],
        [2, 3], [1, 14], [4], [3], S[0:2], group=WAVE, killed_best=3,
        note="Tuesday 13 October 2026 about 23:10: gunmen fired on and threw grenades at a police outpost (invented "
             "Dhodrey outpost) on the edge of Phuntsholing. a2 (wire, Wednesday 14 October, dateline NEW DELHI, the "
             "capital of a neighbouring country, no scene): first two officers killed and four wounded; later a third "
             "officer died of his wounds at the national referral hospital in Thimphu (a hospital town that is no "
             "scene): 3 killed. a1 (NGO monthly security report for October, PDF text, 5 November): 3 police killed "
             "(one died of wounds), 3 injured (the surviving wounded: a part, optional), one assailant killed (the "
             "attackers' dead, optional). The SFLF (invented) claimed both attacks on its Telegram channel, speaking of "
             "'fourteen soldiers of the occupying force' killed (claimant's figure, optional). injured_best left "
             "unscored (one of the four wounded died)."),
    inc("sarpang-army-vehicle-ied-2026-10-13", "2026-10-13", "BT", "Sarpang District", "Sarpang", 26.86395, 90.26745,
        "bombing", SFLF, "claimed", None, ["ied"], ["military"], ["civilians"], [1], [], [2, 3], [], S[0:2],
        group=WAVE, killed_best=1, injured_best=3,
        note="The same night about 23:40: a roadside bomb hit an army pick-up on the highway at the edge of Sarpang "
             "(about 88 km east of Phuntsholing). a2: one soldier killed, two wounded. a1: one killed, three injured "
             "(two soldiers and a truck driver). Claimed with the Phuntsholing raid."),
    inc("sarpang-shop-grenade-2026-09-18", "2026-09-18", "BT", "Sarpang District", "Sarpang", 26.86395, 90.26745,
        "bombing", None, None, None, ["grenade"], ["business"], ["civilians"], [], [], [2], [],
        ["a1_bhutan_ngo_pdf_report", "a2_bhutan_wire_new_delhi"], optional=True,
        note="Background in a1 (previous month, own date 18/09 in the incident log) and a2 ('last month'): a grenade "
             "thrown at a shop in Sarpang town, 2 injured. Same town as the wave: must not merge with it or lend 2."),
    inc("samtse-trader-robbery-2026-10-03", "2026-10-03", "BT", "Samtse District", "Samtse", 26.89903, 89.09951,
        "armed_assault", None, None, None, ["firearm"], ["business"], ["civilians"], [], [], [1], [],
        ["a1_bhutan_ngo_pdf_report"], optional=True,
        note="Background line of a1's flattened October table (03/10): armed robbery of a cardamom trader near "
             "Samtse, 1 injured."),
    inc("tsirang-forestry-office-arson-2026-10-27", "2026-10-27", "BT", "Tsirang District", "Tsirang", 27.0219,
        90.12291, "other", None, None, None, ["fire"], ["government"], [], [], [], [], [],
        ["a1_bhutan_ngo_pdf_report"], optional=True,
        note="Background line of a1's table (27/10): a forestry range office set on fire at night in Tsirang, no "
             "casualties."),
    # --- Kuwait: a suicide bomber at a police checkpoint outside the Friday market of Al Jahra ------------------------
    inc("jahra-market-checkpoint-suicide-2026-02-06", "2026-02-06", "KW", "Al Jahrāʼ", "Al Jahrā’", 29.3375, 47.65806,
        "bombing", THUGHUR, "denied", True, ["suicide_vest"], ["police", "civilians"], ["business"],
        [4, 5], [6], [11], [10], S[2:4], killed_best=5,
        note="Friday 6 February 2026 about 11:20 a.m.: a man on foot blew himself up at the police checkpoint at the "
             "entrance of the Friday market on the western edge of Al Jahra. b1 (TV talk-show transcript, Friday "
             "evening, time codes; the interior ministry's figures read by the presenter; a witness): 4 killed (three "
             "police officers and a market porter), 11 wounded. b2 (mobile/AMP page, Saturday 7 February): a wounded "
             "man died overnight at Jahra hospital: 5 killed; 'the ten others' (a part, optional); 'six dead including "
             "the bomber' (with the attacker, optional). The ministry blames the Saraya al-Thughur ('Frontier "
             "Brigades', invented); the group denied any link in a statement posted online: responsibility denied. "
             "injured_best left unscored (one of the eleven wounded died)."),
    inc("wafrah-patrol-shooting-2025-11", "2025-11", "KW", "Al Aḩmadī", "Al Wafrah", 28.63917, 47.93056,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [2], [], ["b2_jahra_amp_page"],
        optional=True,
        note="Background in b2 with only a month ('last November'): gunmen fired on a border patrol near Al Wafrah, "
             "two officers wounded."),
    # --- Morocco (Oriental): three separate incidents of one week in a forwarded security digest ---------------------
    inc("bouarfa-aid-workers-kidnapping-2026-04-06", "2026-04-06", "MA", "Oriental", "Bouarfa", 32.53379, -1.96209,
        "kidnapping", None, None, None, ["firearm"], ["ngo"], [], [], [], [], [],
        ["c1_oriental_forwarded_digest", "c3_bouarfa_ngo_statement"], documents_optional=["c2_ain_beni_mathar_bus_local"],
        note="Monday 6 April 2026 about 3 p.m.: armed men in a pick-up stopped a car of the Waha Water Partnership "
             "(invented NGO) on the track to the hamlet of Hassi Tizgui (invented), about 35 km south of Bouarfa, and "
             "took away two staff (an engineer and a hydrologist); the driver was left unharmed. A ransom was "
             "demanded. Nobody named (perpetrator null). c1 (forwarded e-mail digest, 12/13 April); c3 (the NGO's "
             "statement, Thursday 9 April); c2 names it in passing. Coded at Bouarfa."),
    inc("figuig-tractor-landmine-2026-04-08", "2026-04-08", "MA", "Oriental", "Figuig (Centre)", 32.10891, -1.22855,
        "bombing", None, None, None, ["explosive"], ["civilians"], [], [1], [], [1], [],
        ["c1_oriental_forwarded_digest"], documents_optional=["c2_ain_beni_mathar_bus_local"], killed_best=1,
        injured_best=1,
        note="Wednesday 8 April 2026 in the morning: a tractor ploughing a field near the border east of Figuig hit an "
             "old landmine; the farmer (54) was killed and his son (17) injured. No perpetrator (perpetrator null). c1; c2 "
             "names it in passing."),
    inc("ain-beni-mathar-bus-hijack-2026-04-10", "2026-04-10", "MA", "Oriental", "Aïn Beni Mathar", 34.0097, -2.03238,
        "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], [], [1], [], [], [1],
        ["c1_oriental_forwarded_digest", "c2_ain_beni_mathar_bus_local"], killed_best=1,
        note="Friday 10 April 2026 about 10:30 p.m.: armed men blocked the road about 20 km south of Aïn Beni Mathar, "
             "took over an Oujda-Bouarfa coach, drove it onto a track and robbed the passengers; one passenger who "
             "resisted was shot. c1: one passenger critically wounded (superseded, optional). c2 (local site, Monday "
             "13 April): he died on Sunday at the hospital in Oujda (a hospital town that is no scene): 1 killed; "
             "two suspects arrested. Coded at Aïn Beni Mathar. injured_best left unscored."),
    inc("figuig-shepherds-ordnance-2026-03-30", "2026-03-30", "MA", "Oriental", "Figuig (Centre)", 32.10891, -1.22855,
        "bombing", None, None, None, ["explosive"], ["civilians"], [], [], [], [2], [],
        ["c1_oriental_forwarded_digest"], optional=True,
        note="Background in the quoted earlier digest of c1 (30 March): two shepherds injured by an unexploded device "
             "near Figuig. Same town as the tractor mine: must not merge."),
    inc("ahfir-customs-vehicle-shots-2026-04-01", "2026-04-01", "MA", "Oriental", "Ahfir", 34.95368, -2.10027,
        "armed_assault", None, None, None, ["firearm"], ["government"], [], [], [], [], [],
        ["c1_oriental_forwarded_digest"], optional=True,
        note="Background in the quoted earlier digest of c1 (1 April): shots fired at a customs vehicle near Ahfir, "
             "no casualties."),
    # --- Botswana: a primary school set on fire at night near Mahalapye, the night watchman killed --------------------
    inc("mahalapye-school-arson-2026-06-08", "2026-06-08", "BW", "Central", "Mahalapye", -23.10407, 26.81421,
        "other", None, None, None, ["fire"], ["education"], ["civilians"], [1], [], [], [], S[7:9], killed_best=1,
        note="Early Monday 8 June 2026 about 2 a.m.: classrooms of Mmamoloi Primary School in the village of "
             "Mmamoloi (invented), about 18 km west of Mahalapye, were set on fire; the night watchman was found dead. "
             "d1 (regional radio's 7 o'clock bulletin, Monday, one item among weather, sport and prices): one killed. "
             "d2 (follow-up, Wednesday 10 June): the watchman named only by name and age (63); a 24-year-old man "
             "arrested, who police say acted alone (a lone attacker: perpetrator null). Coded at Mahalapye. Nobody "
             "injured (injured is an empty list)."),
    inc("letlhakane-school-fire-2024-02", "2024-02", "BW", "Central", "Letlhakane", -21.41494, 25.59263,
        "other", None, None, None, ["fire"], ["education"], [], [], [], [], [], ["d2_mahalapye_watchman_followup"],
        optional=True,
        note="Background in d2 with only a month ('in February 2024'): classrooms of a school in Letlhakane set on "
             "fire at night, nobody hurt."),
    # --- Mayotte: gunmen attack the health centre of Dembeni; told only in a doctor's opinion column ------------------
    inc("dembeni-health-centre-attack-2026-08-22", "2026-08-22", "YT", "Dembeni", "Dembeni", -12.8436, 45.18436,
        "armed_assault", None, None, None, ["firearm", "knife"], ["health"], ["civilians"], [1], [], [2], [],
        ["e1_dembeni_doctor_column"], killed_best=1, injured_best=2,
        note="Saturday 22 August 2026 about 9:40 p.m.: four armed men (two with hunting guns, one with a machete) "
             "forced their way into the health centre of Dembeni, shot the security guard dead, slashed a nurse's arm "
             "and hit a patient's father, and stole medicines. e1 (opinion column by a doctor, first person, Thursday "
             "27 August, 'last Saturday'): 1 killed, 2 injured. Nobody named (perpetrator null)."),
    inc("koungou-dispensary-attack-2019-11", "2019-11", "YT", "Koungou", "Koungou", -12.73361, 45.20417,
        "armed_assault", None, None, None, ["knife"], ["health"], [], [], [], [1], [], ["e1_dembeni_doctor_column"],
        optional=True,
        note="Background memory in e1 ('in November 2019'): youths with machetes broke into the dispensary of "
             "Koungou, a nurse's arm cut (1 injured)."),
    inc("kani-keli-ambulance-stoning-2023", "2023", "YT", "Kani-Kéli", "Kani Kéli", -12.95361, 45.10333,
        "armed_assault", None, None, None, ["other"], ["health"], [], [], [], [1], [], ["e1_dembeni_doctor_column"],
        optional=True,
        note="Background memory in e1 (only a year, 2023): an ambulance stoned at a roadblock near Kani-Kéli, a "
             "paramedic injured."),
]
groups = [dict(id=WAVE, members=["phuntsholing-police-outpost-2026-10-13", "sarpang-army-vehicle-ied-2026-10-13"],
               killed=[3, 4], killed_optional=[], injured=[6], injured_optional=[],
               note="Two attacks 88 km apart the same night, claimed together by the SFLF on Telegram and told as one "
                    "wave by both sources. a2: first three killed and six wounded in the two attacks, then four killed. "
                    "a1: four killed, six injured.")]
gold = dict(about="Hand-coded reference for eval/synthetic24/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_mauritius_football_report: a football match report (Mauritius) full of 'attack', "
                           "'shot', 'strikers', 'fired', 'bombed forward', 'massacred 5-0': no incident.",
                           "a1's table line of 21/10 (an explosive device found and defused near Samdrup Jongkhar) is "
                           "no attack.",
                           "Aggregates: security incidents in the southern districts since January (a1); deaths on the "
                           "mine-affected border since 1975 (c1); school fires this year (d2); attacks on health "
                           "workers in Mayotte this year (e1).",
                           "Arrests, a ransom demand, a funeral, a road crash near Palapye (d1), curfews and road "
                           "closures are no attacks. Headline lists under related-story headings and photo captions "
                           "with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic24.gold.json"), "w"), indent=1, ensure_ascii=False)
