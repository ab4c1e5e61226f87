#!/usr/bin/env python3
"""Writes synthetic43.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_titao_gourcy_newsletter_fr_en", "a2_titao_gourcy_wire",
     "b1_wamba_podcast_episode", "b2_wamba_press_conference",
     "c1_lahij_court_judgment_summary", "c2_lahij_regional_daily",
     "d1_van_school_letter", "d2_van_discussion_thread",
     "e1_kyaukse_weather_traffic_bulletin", "e2_kyaukse_tv_news_transcript",
     "f1_barretos_drill_fact_check"]
FMS = ["Front des moudjahidines du Sahel", "Sahel Mujahideen Front", "FMS", "the Sahel Mujahideen Front",
       "Front des Moudjahidines du Sahel (FMS)", "Sahel Mujahidin Front"]
RPU = ["Résistance patriotique de l'Uele", "Uele Patriotic Resistance", "RPU", "the Uele Patriotic Resistance",
       "Resistance patriotique de l'Uele", "Uele Patriotic Resistance (RPU)"]
ZRDF = ["Zawgyi River Defence Force", "ZRDF", "the Zawgyi River Defence Force", "Zawgyi River Defense Force",
        "Zawgyi River Defence Force (ZRDF)"]
TITAO = ("BF", "Nord", "Titao", 13.76667, -2.06667)
GOURCY = ("BF", "Nord", "Gourcy", 13.20776, -2.35893)
SEBBA = ("BF", "Sahel", "Sebba", 13.43641, 0.53044)
WAMBA = ("CD", "Haut-Uele", "Wamba", 2.14838, 27.99466)
WATSA = ("CD", "Haut-Uele", "Watsa", 3.03716, 29.53551)
LAHIJ = ("YE", "Laḩij", "Laḩij", 13.05667, 44.88194)
ZINJIBAR = ("YE", "Abyan", "Zinjibār", 13.12871, 45.38073)
VAN = ("TR", "Van", "Van", 38.49457, 43.38323)
ERCIS = ("TR", "Van", "Erciş", 39.02587, 43.35964)
KYAUKSE = ("MM", "Mandalay", "Kyaukse", 21.6056, 96.13508)
WAVE = "titao-gourcy-night-attacks-2026-03-14"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Burkina Faso (Nord): an army detachment in Titao and a gendarmerie post and a church in Gourcy, one night ------
    at("titao-army-detachment-attack-2026-03-14", "2026-03-14", TITAO,
       "armed_assault", FMS, "claimed", None, ["firearm", "mortar"], ["military"], ["civilians"],
       [11], [], [], [], S[0:2], group=WAVE, killed_best=11,
       note="Saturday 14 March 2026 about 10 p.m.: several hundred armed men on motorbikes attacked the army detachment "
            "on the northern edge of Titao, first with mortar fire, then on foot; the fighting lasted until about 1 a.m. "
            "a1 (weekly French security newsletter of an invented NGO forum, Thursday 19 March, with its English "
            "translation): a local security source in Titao says 11 soldiers and volunteers (VDP) died at the "
            "detachment. The wounded are given only for the two attacks together (23, see the group). Claimed on "
            "Monday 16 March by the Front des moudjahidines du Sahel (invented) through its media outlet. The army says "
            "'about thirty terrorists neutralised' (perpetrator deaths, not counted). A gold-mining site near Titao "
            "('le site minier') is no attack. a2 (wire, Sunday 15 March, dateline OUAGADOUGOU, no scene) gives only a "
            "first total for the two."),
    at("gourcy-gendarmerie-and-church-attack-2026-03-15", "2026-03-15", GOURCY,
       "armed_assault", FMS, "claimed", None, ["firearm", "fire"], ["police", "religious"], ["civilians", "military"],
       [5], [3, 2], [], [], S[0:2], group=WAVE, killed_best=5,
       note="The same night, 'dans la nuit de samedi à dimanche, vers 0 h 30' (Sunday 15 March 2026 about 0:30): "
            "another column attacked the gendarmerie brigade of Gourcy, some 70 km to the south, burned its two "
            "pick-ups, then fired on a Protestant church nearby where a night vigil was held: 5 killed (three gendarmes "
            "and two worshippers; 3 and 2 are parts, optional), per a1. Claimed together with Titao."),
    at("sebba-teachers-kidnapping-2026-03-11", "2026-03-11", SEBBA,
       "kidnapping", None, None, None, ["firearm"], ["education"], [], [], [], [], [],
       ["a1_titao_gourcy_newsletter_fr_en"], optional=True,
       note="Background item in a1 with its own date ('le mercredi 11 mars'): two primary-school teachers abducted by "
            "armed men near Sebba (Sahel region). Another item of the weekly digest, not the week's main attack."),
    # --- DR Congo (Haut-Uele): a health centre attacked in a village south of Wamba; press conference and podcast -------
    at("wamba-bafwakoy-health-centre-attack-2026-04-21", "2026-04-21", WAMBA,
       "armed_assault", RPU, "denied", None, ["firearm", "knife", "fire"], ["health", "civilians"], ["ngo"],
       [9, 14], [2], [7], [4, 6], S[2:4], killed_best=14,
       note="Tuesday 21 April 2026 about 9 p.m.: armed men with guns and machetes attacked the health centre of "
            "Bafwakoy (an invented village 'about 18 km south of Wamba' on the road to Bafwasende; coded at Wamba) and "
            "the houses around it, then set the centre on fire. b2 (transcript of the army sector spokesman's press "
            "conference in Isiro, Wednesday 22 April: 'last night'): 9 civilians killed 'including two nurses' (part, "
            "optional), 7 wounded 'four of them critically' (part, optional), evacuated to Isiro (hospital town and "
            "dateline, no scene); the army blames the Résistance patriotique de l'Uele (invented). b1 (podcast episode "
            "page, uploaded Monday 27 April, recorded Friday 24 April): four more bodies found in the bush on "
            "Thursday, and one of the wounded nurses died in Isiro on Friday morning: 14 dead; 'six still in hospital' "
            "(part, optional); the RPU's spokesman denies by WhatsApp ('denied'). The health centre is supported by "
            "an invented NGO (ngo optional). Wamba shares its name with places in Spain and Nigeria. injured_best left "
            "unscored (one of the wounded died)."),
    at("watsa-gold-diggers-attack-2026-02-02", "2026-02-02", WATSA,
       "armed_assault", RPU, "attributed", None, ["firearm"], ["civilians"], ["business"], [5], [], [], [],
       ["b2_wamba_press_conference"], optional=True,
       note="Background in b2 with its own date ('on 2 February'): the spokesman says the same group killed five gold "
            "diggers at an artisanal mine near Watsa. Must not lend 5 to April."),
    # --- Yemen (Lahij): a bomb under a prosecutor's car during a terrorism trial; judgment summary and regional daily ----
    at("lahij-prosecutor-car-bomb-2026-05-24", "2026-05-24", LAHIJ,
       "assassination", None, None, None, ["ied"], ["government"], ["civilians"],
       [1, 2], [], [2], [], S[4:6], killed_best=2,
       note="Sunday 24 May 2026 about 8:15 p.m.: a bomb fixed under the car of the public prosecutor in the Zinjibar "
            "checkpoint trial (an invented person) exploded as he left his home in Lahij town; he was killed, his "
            "driver and a boy passing by were wounded and taken to hospital in Aden (a hospital town that is no "
            "scene). c2 (Aden regional daily, Monday 25 May: 'last evening'): 1 killed, 2 wounded; no claim, nobody "
            "named (perpetrator null; the security chief speaks of 'terrorist cells'). c1 (an English summary of the "
            "judgment of the Specialised Criminal Court in Aden, published Thursday 4 June; hearing dates date "
            "nothing): the driver died of his wounds on 27 May: 2 killed. killed_best 2; injured_best unscored."),
    at("zinjibar-checkpoint-car-bomb-2024-08-19", "2024-08-19", ZINJIBAR,
       "bombing", None, None, None, ["vehicle_bomb"], ["military"], [], [6], [], [9], [],
       ["c1_lahij_court_judgment_summary"], documents_optional=["c2_lahij_regional_daily"], optional=True,
       note="Background: the attack the trial is about ('on Monday 19 August 2024'): a car bomb at an army checkpoint "
            "at the eastern entrance to Zinjibar killed six soldiers and wounded nine. c2 names the trial in passing. "
            "Must not lend 6 or 9 to May 2026."),
    # --- Turkey (Van): a lone man drives a minibus into a bus stop by a school, then stabs a policeman ------------------
    at("van-bus-stop-ramming-stabbing-2026-10-07", "2026-10-07", VAN,
       "armed_assault", None, None, None, ["vehicle", "knife"], ["civilians", "police"], ["education", "transportation"],
       [2], [], [9], [8, 4], S[6:8], killed_best=2, injured_best=9,
       note="Wednesday 7 October 2026 about 7:50 a.m.: a man drove a minibus onto the pavement at a bus stop outside a "
            "secondary school (invented) in the city of Van, then got out with a knife and stabbed a traffic "
            "policeman before other officers shot him in the leg and detained him. 2 killed (a simit seller and a "
            "retired man), 9 injured (the governor's later figure; his first statement said 8, optional; 'four of our "
            "pupils' is a part, optional), the attacker not counted. The governor says he acted alone (a lone "
            "attacker: perpetrator null); a forum user's guess at a group is no attribution. d1 (the school's letter "
            "to parents, Wednesday evening); d2 (a discussion thread, Thursday 8 October). Van shares its name with a "
            "town in Texas, and 'van' is also a vehicle."),
    at("ercis-police-minibus-grenade-2025-07-12", "2025-07-12", ERCIS,
       "bombing", None, None, None, ["grenade"], ["police"], [], [], [], [3], [],
       ["d2_van_discussion_thread"], optional=True,
       note="Background in d2 with its own date ('12 July last year'): a grenade thrown at a police minibus in Erciş "
            "wounded three officers. Must not lend 3."),
    # --- Myanmar (Mandalay): drones on the police station of Kyaukse; a radio bulletin with a correction; TV transcript -
    at("kyaukse-police-station-drone-2026-12-11", "2026-12-11", KYAUKSE,
       "air_strike", ZRDF, "claimed", None, ["drone"], ["police", "government"], ["utilities"],
       [3], [2, 10], [5], [], S[8:10], killed_best=3, injured_best=5,
       note="Friday 11 December 2026 about 4:30 a.m.: drones dropped bombs on the police station of Kyaukse and the "
            "township administration office next to it; a transformer beside the station burned (utilities optional). "
            "e1 (a Mandalay radio station's weather-and-traffic bulletin, Friday morning): 'two officers killed', then "
            "'Correction 8:20: three officers, not two' (2 superseded, optional); e2 (transcript of an exile TV "
            "channel's evening news, Saturday 12 December): state media say 3 police killed and 5 injured, taken to "
            "Mandalay (hospital town, no scene); the Zawgyi River Defence Force (invented) claims it and says 'more than "
            "ten' enemy killed (the perpetrator's own figure, optional). A lorry overturning near Meiktila (an "
            "accident, two dead) in the bulletin is no attack."),
]
groups = [dict(id=WAVE, members=["titao-army-detachment-attack-2026-03-14",
                                 "gourcy-gendarmerie-and-church-attack-2026-03-15"],
               killed=[16], killed_optional=[12], injured=[23], injured_optional=[],
               note="Two attacks the same night in two towns of the Nord region, claimed together: one wave. a1: the army "
                    "general staff's communiqué gives 16 killed and 23 wounded for the two attacks (no split of the "
                    "wounded); a2 (the wire on Sunday): 'at least 12 killed' in the two (superseded, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic43/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_barretos_drill_fact_check: a fact-check of a viral video said to show a 'terror attack' "
                           "at the bus station of Barretos, São Paulo (Brazil): it was a planned drill of the military "
                           "police with blank cartridges and a dummy bomb; nobody hurt. No attack: no incident.",
                           "e1_kyaukse_weather_traffic_bulletin: a lorry that overturned near Meiktila (two dead) is "
                           "an accident, no attack; 'a blast of cold air' is weather.",
                           "d1_van_school_letter: the fire drill it postpones is no attack; d2: a football match's "
                           "'shot' and 'killer' words are no attack.",
                           "a1: the army's 'about thirty terrorists neutralised' are perpetrator deaths; the gold-mining "
                           "site near Titao and the weekly digest's other non-violent items are no incidents.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; the trial's hearings and the verdict are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic43.gold.json"), "w"), indent=1, ensure_ascii=False)
