#!/usr/bin/env python3
"""Writes synthetic63.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_gaya_dosso_security_daily_advisory", "a2_gaya_dosso_sms_alerts",
     "b1_bunia_ocr_typed_report", "b2_bunia_mission_letter",
     "c1_hakha_machine_translated", "c2_hakha_social_thread",
     "d1_wajir_list_of_attacks_2013", "d2_wajir_malindi_travel_advisory",
     "e1_rafah_court_judgment", "e2_rafah_email_newsletter",
     "f1_timaru_markdown_incident_note"]
RIMAL = ["Ansar al-Rimal", "Partisans of the Dunes", "the Partisans of the Dunes", "Ansar ar-Rimal", "Ansar al Rimal"]
FPS = ["Shari Popular Front", "FPS", "Front populaire de la Shari", "the Shari Popular Front", "Front Populaire de la Shari"]
MMIL = ["Myanmar military", "Tatmadaw", "Myanmar Air Force", "the military", "junta", "military junta",
        "State Administration Council", "Myanmar army"]
JUBA = ["Juba Valley Lions", "the Juba Valley Lions", "Libaaxyada Dooxada Jubba", "Juba Valley Lion"]
SDB = ["Sinai Dawn Battalions", "Kataib al-Fajr al-Sinawi", "the Sinai Dawn Battalions", "Sinai Dawn Battalion",
       "Kata'ib al-Fajr al-Sinawi"]
GAYA = ("NE", "Dosso", "Gaya", 11.88435, 3.44919)
DOSSO = ("NE", "Dosso", "Dosso", 13.049, 3.1937)
TAHOUA = ("NE", "Tahoua", "Tahoua", 14.8888, 5.2692)
BUNIA = ("CD", "Ituri", "Bunia", 1.55941, 30.25224)
HAKHA = ("MM", "Chin", "Hakha", 22.64452, 93.61076)
MYINGYAN = ("MM", "Mandalay", "Myingyan", 21.46002, 95.3884)
WAJIR = ("KE", "Wajir", "Wajir", 1.7471, 40.05732)
MALINDI = ("KE", "Kilifi", "Malindi", -3.21799, 40.11692)
MARIAKANI = ("KE", "Kilifi", "Mariakani", -3.86261, 39.47458)
RAFAH = ("EG", "North Sinai", "Rafah", 31.28204, 34.23869)
ARISH = ("EG", "North Sinai", "Arish", 31.13159, 33.79844)
WAVE = "gaya-dosso-morning-attacks-2019-03-12"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Niger (Dosso region): a raid on the gendarmerie of Gaya and a motorbike bomb at the Dosso cattle market ------
    at("gaya-gendarmerie-raid-2019-03-12", "2019-03-12", GAYA,
       "armed_assault", RIMAL, "claimed", None, ["firearm"], ["police"], [],
       [4], [7], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Tuesday 12 March 2019 about 5:40 a.m.: gunmen on motorbikes attacked the gendarmerie post at the river "
            "entrance of Gaya (Niger; Gaya is also a city in India and a town in Nigeria): 4 gendarmes killed, 3 "
            "attackers shot dead (not victims). a1 (security company daily advisory, Wednesday 13 March, 'yesterday'): "
            "4 gendarmes. a2 (SMS alert series of 12 March): '7 dead at Gaya incl. 3 assailants' (7 optional), then "
            "4 gendarmes. Wounded only given for the two towns together (19, on the group). Claimed with Dosso by "
            "Ansar al-Rimal (invented)."),
    at("dosso-cattle-market-motorbike-bomb-2019-03-12", "2019-03-12", DOSSO,
       "bombing", RIMAL, "claimed", None, ["ied"], ["civilians"], ["business"],
       [6], [3], [], [], S[0:2], group=WAVE, killed_best=6,
       note="Tuesday 12 March 2019 about 8:10 a.m.: a bomb fitted to a parked motorbike (ied) exploded at the gate of "
            "the Dosso cattle market. a1: first '3', then 6 killed; a2: 'at least 3' in an early alert (superseded, "
            "optional), 6 in the last. Wounded for both towns only (19)."),
    at("tahoua-army-patrol-ambush-2019-02-20", "2019-02-20", TAHOUA,
       "armed_assault", None, None, None, ["firearm"], ["military"], [], [5], [], [], [],
       ["a1_gaya_dosso_security_daily_advisory"], optional=True,
       note="Background row of a1's grid with its own date (20 February): an army patrol ambushed north of Tahoua, "
            "5 soldiers killed."),
    # --- DR Congo (Ituri): the health centre of an invented village 14 km from Bunia raided at night ----------------
    at("bunia-kpakalo-health-centre-raid-2010-08-21", "2010-08-21", BUNIA,
       "armed_assault", FPS, "attributed", None, ["firearm", "knife", "fire"], ["health", "civilians"], [],
       [7, 8], [], [11], [], S[2:4], killed_best=8,
       note="Saturday 21 August 2010 about 11 p.m.: militiamen raided the health centre and homes of Kpakalo (an "
            "invented village 'about 14 km' from Bunia; coded at Bunia), shooting and hacking, and burned the "
            "pharmacy. b1 (OCR'd scan of a typed civil-society report dated Monday 23 August): 7 killed, 11 injured; "
            "the territorial administrator blames the Shari Popular Front (invented) ('attributed'). b2 (a mission "
            "letter to supporters, 31 August): a nurse died of her wounds on Wednesday 25 August: 8 killed. "
            "injured_best unscored (one of the 11 died). A war-wide toll for Ituri ('more than 50,000 since 1999') "
            "must not leak."),
    # --- Myanmar (Chin): an air strike on a church compound in a village of Hakha township ---------------------------
    at("hakha-tlangpi-church-air-strike-2024-01-16", "2024-01-16", HAKHA,
       "air_strike", MMIL, "denied", None, ["aircraft"], ["religious", "civilians"], ["education"],
       [9, 11], [5], [14], [], S[4:6], killed_best=11, injured_best=14,
       note="Tuesday 16 January 2024 about 10:30 p.m.: a jet bombed the Baptist church compound and its hostel in "
            "Tlangpi, an invented village of Hakha township (coded at Hakha). c1 (machine-translated page, 17 "
            "January, 'last night'): 9 killed, five of them children (part, optional), 14 wounded; the military "
            "spokesman denies any air operation ('denied'). c2 (numbered social-media thread, 18 January): corrects to "
            "11 killed (two bodies found under the rubble), 14 wounded. A post-coup toll must not leak. Background in "
            "c2: a resistance drone attack on Myingyan on 3 January (optional)."),
    at("myingyan-drone-attack-2024-01-03", "2024-01-03", MYINGYAN,
       "air_strike", None, None, None, ["drone"], ["military"], [], [], [], [], [],
       ["c2_hakha_social_thread"], optional=True,
       note="Background in c2 with its own date ('on 3 January'): resistance drones dropped bombs on an army compound "
            "in Myingyan; no toll."),
    # --- Kenya: a roadside bomb under a police vehicle near Wajir; an unrelated grenade at a Malindi bar ------------
    at("wajir-police-vehicle-ied-2013-06-10", "2013-06-10", WAJIR,
       "bombing", JUBA, "attributed", None, ["ied"], ["police"], [],
       [4, 6], [], [3], [], S[6:8],
       note="Monday 10 June 2013 about 7:30 a.m.: a roadside bomb exploded under a police Land Cruiser about 30 km "
            "east of Wajir. d1 (a 'List of attacks in Kenya in 2013' wiki-style table) and d2 (a travel advisory "
            "update with a change log, 12 June: 'on Monday'): police said 4 officers killed, hospital staff counted 6 "
            "bodies (both reported; no best); 3 wounded flown to Nairobi (hospital town, no scene). Police blame the "
            "Juba Valley Lions (invented)."),
    at("malindi-beach-bar-grenade-2013-06-08", "2013-06-08", MALINDI,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [],
       [1], [], [5], [], S[6:8], killed_best=1, injured_best=5,
       note="Saturday 8 June 2013 about 10 p.m.: a grenade thrown into a beach bar in Malindi, 1 killed, 5 injured; "
            "nobody named. Unrelated to Wajir (no group), on the same pages: d1 row with its own date; d2 'on "
            "Saturday night' (published Wednesday 12 June)."),
    at("mariakani-bus-stage-grenade-2013-02-17", "2013-02-17", MARIAKANI,
       "bombing", None, None, None, ["grenade"], ["transportation", "civilians"], [], [], [], [2], [],
       ["d1_wajir_list_of_attacks_2013"], optional=True,
       note="Background row of d1 with its own date: a grenade at the Mariakani bus stage, 2 injured."),
    # --- Egypt (North Sinai): a suicide car bomb and gunmen at an army checkpoint south of Rafah ----------------------
    at("rafah-army-checkpoint-car-bomb-2015-10-15", "2015-10-15", RAFAH,
       "bombing", SDB, "attributed", True, ["vehicle_bomb", "firearm"], ["military"], [],
       [5], [], [7], [], S[8:10], killed_best=5, injured_best=7,
       note="Thursday 15 October 2015 about 5:40 p.m.: a suicide driver blew up a car at an army checkpoint on the "
            "road south of Rafah (Egypt; not the Rafah of Gaza across the border), then gunmen opened fire: 5 soldiers "
            "killed, 7 wounded (flown to Ismailia: hospital town, no scene); the bomber and 3 gunmen killed (not "
            "victims). e1 (court judgment excerpt of 24 May 2016, months later): the court finds the accused members "
            "of the Sinai Dawn Battalions (invented); background: an attack on a police station in Arish on 1 "
            "September 2015 (optional). e2 (an e-mail newsletter saved with quoted-printable artefacts, forwarded, "
            "Saturday 17 October: 'on Thursday'): 5 killed, 7 wounded; the army blames the SDB ('attributed')."),
    at("arish-police-station-attack-2015-09-01", "2015-09-01", ARISH,
       "armed_assault", SDB, "attributed", None, ["firearm"], ["police"], [], [2], [], [], [],
       ["e1_rafah_court_judgment"], documents_optional=["e2_rafah_email_newsletter"], optional=True,
       note="Background in e1 with its own date: gunmen attacked a police station in Arish on 1 September 2015, 2 "
            "policemen killed; the court mentions it as a separate count not before it. e2 names it in an archive list (documents_optional)."),
]
groups = [dict(id=WAVE, members=["gaya-gendarmerie-raid-2019-03-12", "dosso-cattle-market-motorbike-bomb-2019-03-12"],
               killed=[10], killed_optional=[], injured=[19], injured_optional=[],
               note="Two attacks the same morning in two towns of Dosso region, claimed together: one wave. The wounded "
                    "(19) are only given for the two together.")]
gold = dict(about="Hand-coded reference for eval/synthetic63/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_timaru_markdown_incident_note: a controlled explosion of a corroded wartime sea mine "
                           "found off the port of Timaru (New Zealand) by the navy's clearance divers. No attack: no "
                           "incident.",
                           "a1_gaya_dosso_security_daily_advisory: the other rows of the grid (a strike, a flood, a "
                           "road closure, an exam) are no incidents.",
                           "b1_bunia_ocr_typed_report: the Ituri war-wide toll is no incident; b2: the cholera cases "
                           "are no attack.",
                           "c1/c2: the post-coup toll is no toll of this strike.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic63.gold.json"), "w"), indent=1, ensure_ascii=False)
