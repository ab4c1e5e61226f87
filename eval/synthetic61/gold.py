#!/usr/bin/env python3
"""Writes synthetic61.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_ansongo_bourem_flash_update", "a2_ansongo_bourem_channel_export",
     "b1_dhamar_sitrep_pdf", "b2_dhamar_forum_thread",
     "c1_gaya_control_room_log", "c2_gaya_radio_phone_in",
     "d1_ghazni_incident_record", "d2_ghazni_timeline",
     "e1_sirte_working_paper", "e2_sirte_written_question",
     "f1_kamloops_claims_summary"]
SDB = ["Sahel Dawn Brigade", "SDB", "the Sahel Dawn Brigade", "Katibat Fajr al-Sahel", "Fajr al-Sahel"]
HIGH = ["Highland Partisans Brigades", "the Highland Partisans Brigades", "Kataib Ansar al-Jibal",
        "Ansar al-Jibal", "Highland Partisans Brigade"]
MRG = ["Magadh Red Guard", "MRG", "the Magadh Red Guard"]
ANSONGO = ("ML", "Gao", "Ansongo", 15.6597, 0.5022)
BOUREM = ("ML", "Gao", "Bourem", 16.955, -0.34861)
MENAKA = ("ML", "Ménaka", "Ménaka", 15.9182, 2.4022)
DHAMAR = ("YE", "Dhamār", "Dhamār", 14.54274, 44.40514)
RADA = ("YE", "Al Bayda", "Radā‘", 14.4151, 44.83709)
GAYA = ("IN", "Bihar", "Gaya", 24.79686, 85.00385)
JAHANABAD = ("IN", "Bihar", "Jahānābād", 25.21368, 84.9871)
GHAZNI = ("AF", "Ghazni", "Ghazni", 33.55391, 68.42096)
MUQUR = ("AF", "Ghazni", "Muqêr", 32.82009, 67.76934)
QARABAGH = ("AF", "Ghazni", "Qarah Bāgh", 33.19801, 68.10798)
SIRTE = ("LY", "Surt", "Sirte", 31.20892, 16.58866)
DARNAH = ("LY", "Darnah", "Darnah", 32.76704, 22.63669)
WAVE = "ansongo-bourem-dawn-attacks-2019-10-15"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Mali (Gao): gunmen on the gendarmerie of Ansongo and a suicide car bomb at the army camp of Bourem ---------
    at("ansongo-gendarmerie-assault-2019-10-15", "2019-10-15", ANSONGO,
       "armed_assault", SDB, "claimed", None, ["firearm"], ["police"], [],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Tuesday 15 October 2019 about 05:40: gunmen on motorbikes attacked the gendarmerie post of Ansongo; 4 "
            "gendarmes killed; five assailants killed by the defenders (not victims). a1 (a UN-style flash update, "
            "16 October): 4 killed at Ansongo; a2 (a messaging-channel export, 15-17 October): 4. Wounded only for the "
            "two sites together (19, on the group). Claimed with Bourem by the Sahel Dawn Brigade (invented)."),
    at("bourem-army-camp-suicide-car-bomb-2019-10-15", "2019-10-15", BOUREM,
       "bombing", SDB, "claimed", True, ["vehicle_bomb"], ["military"], [],
       [6, 7], [], [], [2], S[0:2], group=WAVE, killed_best=7,
       note="Tuesday 15 October 2019 about 06:30: a suicide bomber drove a pick-up packed with explosives into the gate "
            "of the army camp of Bourem. a1: 6 soldiers killed; a2: first post '6 soldiers', edited to '7 soldiers' "
            "(best 7). a1: 'two civilian water carriers' among the 19 wounded (part, injured_optional 2). Wounded evacuated to Gao (hospital town, no scene)."),
    at("menaka-market-shooting-2019-09-28", "2019-09-28", MENAKA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [3], [], [], [],
       ["a1_ansongo_bourem_flash_update"], documents_optional=["a2_ansongo_bourem_channel_export"], optional=True,
       note="Background in a1 with its own date (28 September): gunmen killed 3 civilians at a cattle market near "
            "Ménaka. a1 also gives a yearly regional toll (no incident)."),
    # --- Yemen (Dhamar): car bomb at the police training centre gate ------------------------------------------------
    at("dhamar-police-centre-car-bomb-2015-11-18", "2015-11-18", DHAMAR,
       "bombing", HIGH, "denied", None, ["vehicle_bomb"], ["police"], ["civilians"],
       [11, 14, 16], [], [23], [3, 20, 21], S[2:4], killed_best=16,
       note="Wednesday 18 November 2015 about 20:15: a parked car bomb exploded at the gate of the police training "
            "centre of Dhamar as recruits left. b2 (a forum thread of Thursday 19 November, 'last night'): police 11 "
            "killed, a reply quoting the hospital 14; 23 wounded. b1 (a situation report converted from PDF, 24 "
            "November): 16 killed, including a recruit who died of his wounds on Sunday 22 November and a vendor who "
            "died 'yesterday' in Sanaa; 23 wounded, 21 still treated (part, optional); b2's 'more than twenty' optional. The interior ministry blames the Highland Partisans Brigades "
            "(invented), which deny. Some wounded taken to Sanaa (hospital town, no scene). injured_best unscored "
            "(wounded later died). Background in b1: Rada' 2 October (optional); a war-wide toll since March (no "
            "incident)."),
    at("rada-checkpoint-bombing-2015-10-02", "2015-10-02", RADA,
       "bombing", None, None, None, ["ied"], ["military"], [], [6], [], [], [],
       ["b1_dhamar_sitrep_pdf"], documents_optional=["b2_dhamar_forum_thread"], optional=True,
       note="Background in b1 with its own date (2 October): a roadside bomb at a checkpoint outside Rada', 6 killed."),
    # --- India (Bihar): IED under a police jeep in a village of Gaya district ----------------------------------------
    at("gaya-karmauli-police-jeep-ied-2008-06-14", "2008-06-14", GAYA,
       "bombing", MRG, "attributed", None, ["ied"], ["police"], [],
       [4, 6], [5], [3], [2], S[4:6], killed_best=6,
       note="Saturday 14 June 2008 about 10:50: a buried bomb blew up under a police jeep on the road through Karmauli, "
            "an invented village of Gaya district 'about 14 km south of Gaya town' (coded at Gaya). c1 (the district "
            "police control-room log, 24-hour timestamps, call signs): 4 dead at the site, then the driver died in "
            "hospital, 'total dead five per hospital' (5 superseded, optional); 3 injured; c2 (a radio phone-in of "
            "Monday 16 June, 'on Saturday'): police said 4, the medical college hospital 6 (the driver on Saturday "
            "evening, a head constable in Patna on Sunday; Patna a hospital town, no scene); 3 injured in all "
            "(injured_best unscored: two of them died). The SP blames the "
            "Magadh Red Guard (invented): attributed. Gaya also names towns in Niger and Nigeria. Background in c2: "
            "Jahanabad 3 March 2008 (optional)."),
    at("jahanabad-culvert-bomb-2008-03-03", "2008-03-03", JAHANABAD,
       "bombing", None, None, None, ["ied"], ["police"], [], [5], [], [], [],
       ["c2_gaya_radio_phone_in"], documents_optional=["c1_gaya_control_room_log"], optional=True,
       note="Background in c2 with its own date (3 March): a culvert bomb near Jahanabad killed 5 policemen."),
    # --- Afghanistan (Ghazni): gunmen stop a minibus near Ghazni; unrelated grenade in Muqur the next day ------------
    at("ghazni-highway-minibus-abduction-2012-08-16", "2012-08-16", GHAZNI,
       "kidnapping", None, None, None, ["firearm"], ["transportation", "civilians"], [],
       [3], [], [2], [], S[6:8], killed_best=3, injured_best=2,
       note="Thursday 16 August 2012 about 07:10: gunmen stopped a minibus on the highway 'about 18 km from Ghazni "
            "city' ('near Ghazni'), shot dead 3 passengers and took away 9; 2 hurt. d1 (a key: value incident record "
            "page): 3 killed, 2 injured, 9 abducted; two gunmen killed by police (not victims). d2 (a calendar / "
            "timeline page with T+ times): same. No group named (perpetrator null). Background in d1: Qarah Bagh 2 "
            "July (optional)."),
    at("muqur-shop-grenade-2012-08-17", "2012-08-17", MUQUR,
       "bombing", None, None, None, ["grenade"], ["business", "civilians"], [],
       [1], [], [4], [], ["d2_ghazni_timeline"], killed_best=1, injured_best=4,
       note="Friday 17 August 2012 evening: a grenade thrown into a mobile-phone shop in Muqur bazaar, 1 killed, 4 "
            "injured. Only in d2, as a second, unrelated attack (no group)."),
    at("qarabagh-roadside-bomb-2012-07-02", "2012-07-02", QARABAGH,
       "bombing", None, None, None, ["ied"], ["civilians"], [], [4], [], [], [],
       ["d1_ghazni_incident_record"], documents_optional=["d2_ghazni_timeline"], optional=True,
       note="Background in d1 ('related records') with its own date (2 July 2012): roadside bomb, 4 killed."),
    # --- Libya (Surt): a municipal councillor shot dead in Sirte -----------------------------------------------------
    at("sirte-councillor-shooting-2022-05-13", "2022-05-13", SIRTE,
       "assassination", None, None, None, ["firearm"], ["government"], ["civilians"],
       [2], [], [1, 2], [], S[8:10], killed_best=2,
       note="Friday 13 May 2022 after the noon prayer: gunmen in a car shot dead a municipal councillor (invented) and "
            "his driver in Sirte. e1 (an academic working paper, 20 May, footnotes): 2 killed, 1 injured. e2 (a "
            "parliamentary written question and answer, February 2023, months later): 2 killed, 2 injured. Nobody "
            "named. Background in e1: Darnah 11 March 2022 (optional); national tolls for 2021 (41) and 2022 (19) (no incident). "
            "injured_best unscored (sources differ)."),
    at("darnah-checkpoint-car-bomb-2022-03-11", "2022-03-11", DARNAH,
       "bombing", None, None, None, ["vehicle_bomb"], ["military"], [], [3], [], [], [],
       ["e1_sirte_working_paper"], documents_optional=["e2_sirte_written_question"], optional=True,
       note="Background with its own date (11 March 2022): a car bomb at a checkpoint in Darnah, 3 killed."),
]
groups = [dict(id=WAVE, members=["ansongo-gendarmerie-assault-2019-10-15",
                                 "bourem-army-camp-suicide-car-bomb-2019-10-15"],
               killed=[11], killed_optional=[10], injured=[19], injured_optional=[],
               note="Two attacks at dawn the same day in two towns of Gao region, claimed together: one wave. a1 says "
                    "'at least 10' in the two (superseded), a2 11; 19 wounded only for the two together.")]
gold = dict(about="Hand-coded reference for eval/synthetic61/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_kamloops_claims_summary: an insurance adjuster's summary of a claim after a film "
                           "shoot's staged car explosion in Kamloops (Canada) that residents reported as a bomb: no "
                           "attack, no incident.",
                           "a1: the yearly regional toll; b1: the war-wide toll since March; e1: national tolls for "
                           "2021 and 2022 are no incidents.",
                           "Related-link lists, photo captions and comment threads about other places are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic61.gold.json"), "w"), indent=1, ensure_ascii=False)
