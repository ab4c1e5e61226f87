#!/usr/bin/env python3
"""Writes synthetic68.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_kokand_chust_wire_update2", "a2_kokand_chust_live_blog",
     "b1_torit_maridi_regional_aggregator", "b2_torit_rights_group_statement",
     "c1_mango_ministry_press_release", "c2_mango_court_report",
     "d1_salt_match_postponed_sports", "d2_salt_analysis_opinion",
     "e1_semporna_crime_page", "e2_semporna_photo_gallery",
     "f1_bodo_controlled_detonation_tv"]
VTB = ["Vodiy Tawhid Battalion", "VTB", "the Vodiy Tawhid Battalion", "Vodiy Tavhid Battalion", "Valley Tawhid Battalion"]
IFM = ["Imatong Freedom Movement", "IFM", "the Imatong Freedom Movement"]
AGO = ["Ansar Gourma-Oti", "Ansar Gourma Oti", "the Ansar Gourma-Oti", "Ansar al-Gourma"]
KOKAND = ("UZ", "Fergana", "Qo‘qon", 40.52861, 70.9425)
CHUST = ("UZ", "Namangan", "Chust", 41.00329, 71.23791)
FERGANA = ("UZ", "Fergana", "Fergana", 40.38421, 71.78432)
TORIT = ("SS", "Eastern Equatoria", "Torit", 4.41177, 32.57046)
KAPOETA = ("SS", "Eastern Equatoria", "Kapoeta", 4.77222, 33.59139)
MARIDI = ("SS", "Western Equatoria", "Maridi", 4.91667, 29.46944)
MANGO = ("TG", "Savanes", "Mango", 10.35917, 0.47083)
KANDE = ("TG", "Kara", "Kandé", 9.95778, 1.04472)
SALT = ("JO", "Balqa", "As Salţ", 32.03917, 35.72722)
MAFRAQ = ("JO", "Mafraq", "Mafraq", 32.34289, 36.20804)
SEMPORNA = ("MY", "Sabah", "Semporna", 4.48178, 118.61119)
WAVE = "kokand-chust-attacks-2012-03-15"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Uzbekistan: a bag bomb at the bus station of Kokand and a gun-and-grenade attack on a police post in Chust ----
    at("kokand-bus-station-bomb-2012-03-15", "2012-03-15", KOKAND,
       "bombing", VTB, "claimed", None, ["ied"], ["transportation", "civilians"], [],
       [7, 8], [5], [], [], S[0:2], group=WAVE, killed_best=8,
       note="Thursday 15 March 2012 about 10:10 a.m.: a home-made bomb left in a bag exploded at the entrance of the "
            "central bus station of Kokand. a1 (a newswire story marked UPDATE 2, same day): 7 killed, an earlier "
            "update's 5 (superseded, optional); no claim yet in a1. a2 (a live blog, newest first, last entry Friday "
            "16 March): a woman died overnight in hospital, 8 killed; the Vodiy Tawhid Battalion (invented) claims "
            "both attacks in a message. Wounded given only for both towns together (31, later 34: on the group)."),
    at("chust-police-post-gun-grenade-2012-03-15", "2012-03-15", CHUST,
       "armed_assault", VTB, "claimed", None, ["firearm", "grenade"], ["police"], [],
       [3], [4, 5], [], [], S[0:2], group=WAVE, killed_best=3,
       note="Thursday 15 March 2012 about 10:40 a.m.: two gunmen fired on and threw a grenade at the traffic police post "
            "at the southern entrance of Chust (Namangan region): 3 police officers killed; both gunmen shot dead "
            "(attackers, not victims: 'five dead including the two attackers' in a2 is optional). a1's correction "
            "note: an earlier version said four officers (optional)."),
    at("fergana-tax-office-grenade-2012-02-02", "2012-02-02", FERGANA,
       "bombing", None, None, None, ["grenade"], ["government"], [], [], [], [2], [],
       ["a2_kokand_chust_live_blog"], optional=True,
       note="Background in a2 with its own date ('on 2 February'): a grenade thrown into the yard of a tax office in "
            "Fergana wounded two clerks. Must not lend 2."),
    # --- South Sudan: dawn raid on a village east of Torit; unrelated ambush near Maridi on the same page -----------------
    at("torit-lotukei-village-raid-2017-08-09", "2017-08-09", TORIT,
       "armed_assault", IFM, "denied", None, ["firearm", "fire"], ["civilians", "religious"], ["business"],
       [9, 11], [], [14], [4], S[2:4], injured_best=14,
       note="Wednesday 9 August 2017 at dawn: armed men raided Lotukei (an invented village of Torit County 'about 18 km "
            "east of Torit'), shooting at the market and the church compound and burning huts. b1 (a regional news "
            "aggregator, Thursday 10 August, snippets from several outlets): the county commissioner says 11 killed, a "
            "church source 9; 14 wounded, some flown to Juba (hospital town, no scene); the army says it killed four "
            "attackers (not victims) and blames the Imatong Freedom Movement (invented), which denies. b2 (a human-"
            "rights organisation's statement, 15 August): 'at least nine' civilians verified, 14 wounded; yearly and "
            "war-wide tolls that must not leak. Sources differ (9 vs 11): killed_best unscored. Written-texts change: b1's 'four "
            "of them were later flown to Juba' (a part of the 14) added to injured_optional."),
    at("maridi-truck-ambush-2017-08-08", "2017-08-08", MARIDI,
       "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], ["business"],
       [3], [], [4], [], ["b1_torit_maridi_regional_aggregator"], killed_best=3, injured_best=4,
       note="Tuesday 8 August 2017: gunmen ambushed a commercial truck about 15 km west of Maridi (Western Equatoria), "
            "killing the driver and two traders, four hurt. Only in b1, a separate snippet: an UNRELATED attack on the "
            "same page (no group). Nobody named."),
    at("kapoeta-water-point-shooting-2017-06-21", "2017-06-21", KAPOETA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [6], [], [], [],
       ["b2_torit_rights_group_statement"], optional=True,
       note="Background in b2 with its own date ('on 21 June'): six people shot at a water point near Kapoeta."),
    # --- Togo (Savanes): night attack on an army outpost and a village north of Mango ---------------------------------------
    at("mango-koulbouga-outpost-attack-2023-02-11", "2023-02-11", MANGO,
       "armed_assault", AGO, "attributed", None, ["firearm"], ["military", "civilians"], [],
       [6, 7], [4, 2], [5], [], S[4:6], killed_best=7,
       note="Night of Friday 10 to Saturday 11 February 2023, about 2 a.m.: armed men attacked the army outpost and the "
            "village of Koulbouga (invented, in Oti prefecture, 'about 20 km north of Mango'; coded at Mango). c1 (a "
            "ministry press release, Sunday 12 February, ENDS): 4 soldiers and 2 civilians killed (parts, optional), "
            "6 killed, 5 soldiers wounded, 7 assailants 'neutralised' (attackers, not victims); 'terrorist armed "
            "groups' unnamed. c2 (a court report from Lomé, 19 October 2023, the trial of a suspect): 7 killed, a "
            "soldier having died of his wounds in Kara hospital nine days later (Kara, Lomé: no scene); the prosecution "
            "attributes the attack to the Ansar Gourma-Oti (invented). injured_best unscored (one of the 5 died)."),
    at("kande-customs-post-attack-2022-11-03", "2022-11-03", KANDE,
       "armed_assault", AGO, "attributed", None, ["firearm"], ["government"], [], [], [], [2], [],
       ["c2_mango_court_report"], optional=True,
       note="Background in c2 with its own date ('on 3 November 2022'): the same cell is accused of an attack on a "
            "customs post at Kandé, two customs officers wounded."),
    # --- Jordan (Balqa): a bomb by a police patrol car in As-Salt; a match postponed ------------------------------------------
    at("salt-police-patrol-bomb-2019-11-08", "2019-11-08", SALT,
       "bombing", None, None, None, ["ied"], ["police"], [],
       [2], [], [4, 6], [2], S[6:8], killed_best=2,
       note="Friday 8 November 2019 about 9:30 p.m.: a bomb hidden in a rubbish bin exploded beside a police patrol car "
            "at a roundabout near the municipal stadium of As-Salt: 2 police officers killed. Wounded: the Public "
            "Security Directorate says 4, the Salt hospital director 6 (sources differ, injured_best unscored). d1 (a "
            "sports page, Saturday 9 November: 'last night'; the match of Saturday postponed; Salt in Catalonia). d2 "
            "(an analysis, 13 November: opens with the bomb, then policy, an older attack in Mafraq and multi-year "
            "tolls). Nobody claims; nobody named. Written-texts change: d1's 'two of them with shrapnel injuries' (a part "
            "of the 6) added to injured_optional."),
    at("mafraq-police-post-stabbing-2017-03-14", "2017-03-14", MAFRAQ,
       "armed_assault", None, None, None, ["knife"], ["police"], [], [], [], [3], [],
       ["d2_salt_analysis_opinion"], optional=True,
       note="Background in d2 with its own date ('on 14 March 2017'): a man with a knife attacked a police post in "
            "Mafraq, three officers hurt."),
    # --- Malaysia (Sabah): gunmen from a speedboat fire on a waterfront restaurant near Semporna --------------------------
    at("semporna-waterfront-restaurant-shooting-2006-05-20", "2006-05-20", SEMPORNA,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [],
       [3, 4], [], [7], [2], S[8:10], killed_best=4,
       note="Saturday 20 May 2006 about 11 p.m.: gunmen in a speedboat fired on a seafood restaurant on stilts at an "
            "invented water village near Semporna; one gunman shot dead by a marine police patrol (attacker, not a "
            "victim). e1 (a local daily's crime page, Monday 22 May: 'on Saturday night'): 3 killed, 7 injured, 'two "
            "critical' (part, optional) at Tawau Hospital (hospital town, no scene). e2 (a photo gallery, Friday 26 "
            "May): a waitress died in Tawau on Wednesday: 4 killed. injured_best unscored (one of the 7 died). "
            "Police suspect a cross-border gang: nobody named."),
]
groups = [dict(id=WAVE, members=["kokand-bus-station-bomb-2012-03-15", "chust-police-post-gun-grenade-2012-03-15"],
               killed=[10, 11], killed_optional=[], injured=[31, 34], injured_optional=[],
               note="Two attacks 40 minutes apart in two towns of the Fergana Valley, claimed together: one wave. a1: 10 "
                    "killed and 31 wounded 'in the two towns'; a2: 11 killed, 34 wounded (wounded never split).")]
gold = dict(about="Hand-coded reference for eval/synthetic68/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_bodo_controlled_detonation_tv: a Second World War bomb found in Bodø harbour destroyed "
                           "in a controlled explosion after an evacuation; nobody hurt. No attack: no incident.",
                           "b2 and d2: war-wide, yearly and five-year tolls are no incidents.",
                           "d1: the football 'shots', 'strikes' and a 'blast' past a keeper are no attacks; Salt in "
                           "Catalonia is no scene.",
                           "Hospital and court towns (Juba, Kara, Lomé, Tawau) are no scenes.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic68.gold.json"), "w"), indent=1, ensure_ascii=False)
