#!/usr/bin/env python3
"""Writes synthetic57.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_khost_gardez_travel_advisory", "a2_khost_gardez_incident_spreadsheet",
     "b1_kumba_machine_translated", "b2_kumba_hospital_press_conference",
     "c1_manga_ocr_newspaper_scan", "c2_manga_podcast_episode",
     "d1_sinnar_chat_export", "d2_sinnar_parliament_answer",
     "e1_satkhira_police_log", "e2_satkhira_amp_page",
     "f1_viseu_old_photo_fact_check"]
KSF = ["Khorasan Sword Front", "KSF", "the Khorasan Sword Front", "Jabhat Sayf Khurasan", "Khurasan Sword Front"]
MVRF = ["Meme Valley Restoration Forces", "MVRF", "the Meme Valley Restoration Forces",
        "Forces de restauration de la vallée de la Meme", "Meme Valley Restoration Force",
        "Forces of restoration of the valley of the Meme", "FRVM"]
KNK = ["Katiba Nakambé", "Katiba Nakambe", "the Katiba Nakambé", "Nakambé Brigade"]
FSC = ["Free Sudanese Covenant Forces", "FSCF", "the Free Sudanese Covenant Forces", "Free Sudanese Covenant Force"]
KHOST = ("AF", "Khowst", "Khost", 33.33951, 69.92041)
GARDEZ = ("AF", "Paktia", "Gardez", 33.59744, 69.22592)
ZURMAT = ("AF", "Paktia", "Zurmat", 33.43778, 69.02774)
SHARAN = ("AF", "Paktika", "Sharan", 33.17568, 68.73045)
KUMBA = ("CM", "South-West", "Kumba", 4.6363, 9.4469)
NGUTI = ("CM", "South-West", "Nguti", 5.3299, 9.4185)
MANGA = ("BF", "Centre-Sud", "Manga", 11.66361, -1.07306)
SINNAR = ("SD", "Sinnār", "Sinnar", 13.56907, 33.56718)
FASHER = ("SD", "Northern Darfur", "El Fasher", 13.62793, 25.34936)
SATKHIRA = ("BD", "Khulna", "Satkhira", 22.70817, 89.07185)
JESSORE = ("BD", "Khulna", "Jessore", 23.16971, 89.21371)
WAVE = "khost-gardez-morning-bombings-2026-02-08"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Afghanistan: a suicide bomber at the passport office of Khost and a car bomb at the police HQ of Gardez ------
    at("khost-passport-office-suicide-bombing-2026-02-08", "2026-02-08", KHOST,
       "bombing", KSF, "claimed", True, ["suicide_vest"], ["government", "civilians"], [],
       [14], [9], [], [], S[0:2], group=WAVE, killed_best=14,
       note="Sunday 8 February 2026 about 8:20 a.m.: a suicide bomber on foot blew himself up in the queue outside the "
            "provincial passport office of Khost. a1 (a security company's daily travel advisory, Monday 9 February): "
            "first reports 'nine', now 14 killed (9 superseded, optional); a2 (an incidents spreadsheet pasted as "
            "text, 12 February): 14. Wounded only given for both sites together (43, on the group). Claimed with "
            "Gardez by the Khorasan Sword Front (invented)."),
    at("gardez-police-hq-car-bomb-2026-02-08", "2026-02-08", GARDEZ,
       "bombing", KSF, "claimed", None, ["vehicle_bomb"], ["police"], ["civilians"],
       [6], [5, 1], [], [], S[0:2], group=WAVE, killed_best=6,
       note="Sunday 8 February 2026 about 9 a.m.: a car bomb exploded at the checkpoint in front of the provincial "
            "police headquarters in Gardez, 40 minutes after Khost: 6 killed (five policemen and a fruit seller: parts, "
            "optional; added to killed_optional when the texts were written). "
            "Nothing says the driver was a suicide bomber (suicide null)."),
    at("zurmat-tractor-ied-2026-01-19", "2026-01-19", ZURMAT,
       "bombing", None, None, None, ["ied"], ["civilians"], [], [3], [], [], [],
       ["a2_khost_gardez_incident_spreadsheet"], optional=True,
       note="Background row of the spreadsheet with its own date: a roadside bomb hit a tractor near Zurmat, 3 "
            "farmers killed."),
    at("sharan-cleric-shooting-2026-01-30", "2026-01-30", SHARAN,
       "assassination", None, None, None, ["firearm"], ["religious"], [], [1], [], [], [],
       ["a2_khost_gardez_incident_spreadsheet"], optional=True,
       note="Background row of the spreadsheet with its own date: gunmen on a motorbike shot a mosque imam in Sharan."),
    # --- Cameroon (South-West): a school in a village north-west of Kumba raided, pupils abducted, dormitory burned ------
    at("kumba-bokosso-school-raid-2026-03-16", "2026-03-16", KUMBA,
       "kidnapping", MVRF, "denied", None, ["firearm", "fire"], ["education", "civilians"], [],
       [1, 2], [], [6], [2, 5, 10], S[2:4], killed_best=2,
       note="Monday 16 March 2026 about 5:30 a.m.: armed men raided the secondary school of Bokosso (an invented "
            "village 'about 14 km north-west of Kumba'; coded at Kumba), shot dead the night watchman, abducted 11 "
            "pupils and a teacher and set fire to a dormitory. b1 (a French article machine-translated to English, "
            "Monday evening): 1 killed; the army blames the Meme Valley Restoration Forces (invented), which deny in "
            "a statement ('denied'); background: the gendarmerie post of Nguti burned on 2 February. b2 (press "
            "conference at the Regional Hospital of Buea, Wednesday 18 March; Buea is a hospital town, no scene): 6 "
            "wounded received, 'two of them critically' (part, optional); a 16-year-old girl died on Tuesday night: "
            "2 killed. injured_best unscored (one of the wounded died). Written-texts change: 'the other five are stable' "
            "and a social-media rumour of 'ten wounded' added as optional injured figures."),
    at("nguti-gendarmerie-post-arson-2026-02-02", "2026-02-02", NGUTI,
       "other", MVRF, "attributed", None, ["fire"], ["police"], [], [], [], [2], [],
       ["b1_kumba_machine_translated"], optional=True,
       note="Background in b1 with its own date ('on last 2 February'): the gendarmerie post of Nguti burned by the "
            "same group, two gendarmes hurt. Must not lend 2 to March."),
    # --- Burkina Faso (Centre-Sud): a bomb under a passenger bus at the entrance of Manga, then gunfire -----------------
    at("manga-passenger-bus-bombing-2026-05-09", "2026-05-09", MANGA,
       "bombing", KNK, "attributed", None, ["ied", "firearm"], ["transportation", "civilians"], [],
       [7, 10], [8], [12, 15], [], S[4:6], killed_best=10, injured_best=15,
       note="Saturday 9 May 2026 about 6:45 p.m.: a bomb buried in the road exploded under a passenger bus of an "
            "invented company at the southern entrance of Manga, on the road to Pô; gunmen then fired on the "
            "passengers. c1 (an OCR'd scan of a Ouagadougou daily of Tuesday 12 May, two columns interleaved): 7 "
            "killed, 12 wounded. c2 (a podcast episode page, uploaded 15 May): 8 killed in the notes, then a "
            "'Correction' line: 10 killed and 15 wounded (8 superseded in one page, optional). The army attributes "
            "it to the Katiba Nakambé (invented). Manga is also a place in Brazil, Romania and the Philippines, and "
            "a word for comics; a gold-mining site near Manga is no attack."),
    # --- Sudan (Sinnar): a drone strike on the market and the water station of Sinnar ----------------------------------
    at("sinnar-market-drone-strike-2026-07-15", "2026-07-15", SINNAR,
       "air_strike", FSC, "denied", None, ["drone"], ["civilians", "business"], ["utilities"],
       [12, 17], [5, 9], [40], [], S[6:8], killed_best=17, injured_best=40,
       note="Wednesday 15 July 2026 about 4:30 p.m.: drones struck the central market of Sinnar and the water pumping "
            "station by the river. d1 (a neighbourhood messaging-group chat export, 15-16 July): '5 dead' on the day "
            "(superseded, optional), '12 martyrs' the next morning; d2 (a parliamentary written answer of 21 July): "
            "at least 17 civilians killed and about 40 injured; the Sudanese army blames the Free Sudanese Covenant "
            "Forces (invented), which deny ('denied'). Some wounded sent to Wad Medani (hospital town, no scene). "
            "Background in d2: the shelling of the hospital of El Fasher on 3 June (optional). Written-texts change: d1's "
            "'they buried 9 after fajr' (a part of the 12) added to killed_optional."),
    at("el-fasher-hospital-shelling-2026-06-03", "2026-06-03", FASHER,
       "shelling", None, None, None, ["artillery"], ["health"], [], [9], [], [], [],
       ["d2_sinnar_parliament_answer"], optional=True,
       note="Background in d2 with its own date ('on 3 June'): shelling of a hospital in El Fasher, 9 killed."),
    # --- Bangladesh (Khulna): crude bombs thrown into a meeting at the press club of Satkhira ---------------------------
    at("satkhira-press-club-crude-bombs-2026-09-10", "2026-09-10", SATKHIRA,
       "bombing", None, None, None, ["explosive"], ["journalists"], ["civilians"],
       [2], [1], [9], [], S[8:10], killed_best=2, injured_best=9,
       note="Thursday 10 September 2026 about 7:40 p.m.: two men on a motorbike threw crude bombs into the courtyard of "
            "the Satkhira press club during a meeting; a reporter was killed on the spot and a photographer died at "
            "the Khulna medical college hospital before midnight (Khulna: hospital town, no scene). e1 (the public "
            "log of the Satkhira Sadar police station, numbered entries): entry 1 killed, a later entry 2 (1 "
            "superseded, optional); 9 injured. e2 (a mobile AMP page, Friday 11 September: 'last evening'): 2 killed, "
            "9 injured. Nobody named (perpetrator null). Background in e2: a crude bomb in Jessore on 2 February 2025."),
    at("jessore-reporters-crude-bomb-2025-02-02", "2025-02-02", JESSORE,
       "bombing", None, None, None, ["explosive"], ["journalists"], [], [], [], [2], [],
       ["e2_satkhira_amp_page"], optional=True,
       note="Background in e2 with its own date ('on 2 February last year'): a crude bomb wounded two reporters in "
            "Jessore. Must not lend 2."),
]
groups = [dict(id=WAVE, members=["khost-passport-office-suicide-bombing-2026-02-08",
                                 "gardez-police-hq-car-bomb-2026-02-08"],
               killed=[20], killed_optional=[], injured=[43], injured_optional=[],
               note="Two bombings the same morning in two cities of the south-east, claimed together: one wave. The "
                    "wounded (43) are only given for the two together.")]
gold = dict(about="Hand-coded reference for eval/synthetic57/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_viseu_old_photo_fact_check: a fact-check of a viral post claiming a 'bomb attack' at a "
                           "shopping centre in Viseu (Portugal): the photo was an old one of a gas accident elsewhere, "
                           "the evacuation a false alarm. No attack: no incident.",
                           "e1_satkhira_police_log: the road accident, the theft, the warehouse fire and the school "
                           "drill in other entries are no attacks.",
                           "c2_manga_podcast_episode: the gold-mining site and the football 'shot' are no attacks.",
                           "a1_khost_gardez_travel_advisory: the other countries' bulletins (protests, floods, a "
                           "'blast' of cold air) are no incidents.",
                           "a2_khost_gardez_incident_spreadsheet: rows 1, 3 and 7 (wedding fireworks, an unexploded "
                           "shell removed, a controlled detonation of a bag) are no attacks; its TOTALS row (24) sums "
                           "several incidents and is no toll.",
                           "b2_kumba_hospital_press_conference: the motorbike accident at Mile 17, the Muyuka market "
                           "fire and the postponed fire drill are no attacks; d2: the firing drill and the 'mine' of a "
                           "debate are no attacks; d1: the old video of a Kosti market fire is no attack.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic57.gold.json"), "w"), indent=1, ensure_ascii=False)
