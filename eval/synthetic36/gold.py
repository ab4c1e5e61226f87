#!/usr/bin/env python3
"""Writes synthetic36.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_saint_joseph_baker_obituary", "a2_saint_joseph_bakery_shooting_news",
     "b1_guadeloupe_weekly_police_log", "b2_baie_mahault_dealership_arson_news",
     "c1_martinique_grenade_bar_report", "c2_corrections_and_clarifications",
     "d1_canala_mayor_opinion_column", "d2_canala_gendarme_ambush_news",
     "e1_guiana_mast_arson_podcast_notes", "e2_macouria_kourou_mast_fires_news",
     "f1_uturoa_film_shoot_alarm"]
CWS = ["Comité Wamö pour la Souveraineté", "Comite Wamo pour la Souverainete", "the Comité Wamö pour la Souveraineté",
       "CWS", "Wamö Committee for Sovereignty", "Comité Wamö"]
GSA = ["Guyane Sans Antennes", "Collectif Guyane Sans Antennes", "the Collectif Guyane Sans Antennes", "GSA",
       "Guyane Sans Antennes collective"]
WAVE = "french-guiana-mast-arsons-2026-10-18"
incidents = [
    # --- Réunion: a gunman in a bakery of Saint-Joseph; the day's news report; an obituary of the baker a week later ---
    inc("saint-joseph-bakery-shooting-2026-03-07", "2026-03-07", "RE", "Réunion", "Saint-Joseph", -21.3777, 55.61691,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [1], [], [2], [], S[0:2],
        killed_best=1, injured_best=2,
        note="Saturday 7 March 2026 about 07:15: a man fired a pistol in a bakery on the main street of Saint-Joseph; "
             "the baker, Mireille Técher-Hoarau (born 1962), killed; a customer and an apprentice wounded, taken to the "
             "hospital in Saint-Pierre (hospital town, no scene). a2 (Réunion news site, Saturday 7 March): police say "
             "a named man of 41 was arrested an hour later (a lone man, no group: perpetrator null). a1 (obituary, "
             "Saturday 14 March): her life (born in Cilaos, schooling in Saint-Denis, marriage in Entre-Deux, earlier "
             "dates: no violence) and the shooting in two or three sentences."),
    # --- Guadeloupe: a weekly police log; two violent items among thefts, a collision, a lost dog ------------------------
    inc("le-moule-bar-stabbing-2026-05-15", "2026-05-15", "GP", "Guadeloupe", "Le Moule", 16.33164, -61.34656,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [], [], [1], [], [S[2]],
        injured_best=1,
        note="Friday 15 May 2026 about 23:40: a man of 27 stabbed in the belly during a quarrel in a bar in Le Moule; "
             "taken to the university hospital in Pointe-à-Pitre (hospital town, no scene). A named man of 34 held "
             "(a lone man: perpetrator null). b1 (police log, Tuesday 19 May) item only."),
    inc("baie-mahault-car-dealership-arson-2026-05-17", "2026-05-17", "GP", "Guadeloupe", "Baie-Mahault", 16.26738,
        -61.58543, "other", None, None, None, ["fire"], ["business"], [], [], [], [], [], S[2:4],
        note="Sunday 17 May 2026 about 04:00: fire set deliberately at a car dealership in the Jarry zone of "
             "Baie-Mahault; several cars and the showroom burned; nobody hurt, nobody named. b1 (police log item) and "
             "b2 (news report, Sunday 17 May)."),
    # --- Martinique: a grenade thrown on a bar terrace; the first report got the town and the toll wrong; a correction ---
    inc("sainte-luce-bar-terrace-grenade-2026-07-11", "2026-07-11", "MQ", "Martinique", "Sainte-Luce", 14.46848,
        -60.92138, "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [3], [4], [5], [],
        S[4:6], killed_best=3, injured_best=5,
        note="Saturday 11 July 2026 about 22:30: a grenade thrown from a scooter onto the terrace of a seafront bar; "
             "three killed, five wounded. c1 (Martinique news site, Sunday 12 July, dateline FORT-DE-FRANCE, the capital "
             "and hospital town that is no scene) wrongly placed it in Sainte-Marie and said four killed; c2 (the "
             "corrections column, Wednesday 15 July): three killed, and in Sainte-Luce, not Sainte-Marie. Coded as "
             "corrected: Sainte-Luce, 3 (4 superseded: optional). Nobody named."),
    inc("le-lamentin-nightclub-grenade-2024-12-13", "2024-12-13", "MQ", "Martinique", "Le Lamentin", 14.61341, -60.99964,
        "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [], [], [6], [], [S[4]], optional=True,
        note="Background in c1 with its own date: a grenade thrown at the door of a nightclub in Le Lamentin on 13 "
             "December 2024 wounded six."),
    # --- New Caledonia: an ambush on a gendarmerie patrol near Canala; a news report; the mayor's column two days on ----
    inc("canala-gendarmerie-patrol-ambush-2026-09-08", "2026-09-08", "NC", "North Province", "Canala", -21.53333, 165.95,
        "armed_assault", CWS, "denied", None, ["firearm"], ["police"], ["military"], [2], [1], [1], [2], S[6:8],
        killed_best=2,
        note="Tuesday 8 September 2026 about 21:00: shots fired on a gendarmerie patrol car on the road near the tribu "
             "of Ouarawé (invented, not in the gazetteer), 'about 7 km north of Canala': coded at Canala. d2 (Nouméa "
             "news site, Wednesday 9 September, dateline NOUMÉA, capital and hospital town that is no scene): first one "
             "gendarme killed and two wounded, then an update: one of the wounded died in hospital in Nouméa: two "
             "killed, one wounded (1 and 2 superseded: optional; injured_best unscored: a wounded man died). The "
             "minister blames the Comité Wamö pour la Souveraineté (invented), which denies it: responsibility "
             "'denied'. d1 (opinion column of Canala's mayor, Thursday 10 September): two gendarmes killed, one wounded; "
             "a year-long aggregate; two older attacks with their own dates (optional incidents)."),
    inc("thio-gendarmerie-post-shots-2025-03-14", "2025-03-14", "NC", "South Province", "Thio", -21.61667, 166.21667,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [1], [], [S[6]], optional=True,
        note="Background in d1 with its own date: shots fired at the gendarmerie post of Thio on 14 March 2025; one "
             "gendarme wounded."),
    inc("houailou-gendarme-vehicle-arson-2024-11-02", "2024-11-02", "NC", "North Province", "Houaïlou", -21.28333,
        165.61667, "other", None, None, None, ["fire"], ["police"], [], [], [], [], [], [S[6]], optional=True,
        note="Background in d1 with its own date: a gendarmerie vehicle set on fire at Houaïlou on 2 November 2024; "
             "nobody hurt."),
    # --- French Guiana: two mobile-phone masts set on fire the same night; podcast show notes; a Cayenne report --------
    inc("macouria-phone-mast-arson-2026-10-18", "2026-10-18", "GF", "Guyane", "Macouria", 4.91216, -52.37432,
        "other", GSA, "claimed", None, ["fire"], ["utilities"], ["business"], [], [], [], [], S[8:10], group=WAVE,
        note="Sunday 18 October 2026 about 01:20: tyres and fuel set alight at the foot of a mobile-phone mast in "
             "Macouria; the mast's cables burned; nobody hurt. Claimed with Kourou on a Telegram channel by Guyane Sans "
             "Antennes (invented). e2 (Cayenne news site, Sunday 18 October, dateline CAYENNE, no scene) and e1 "
             "(podcast show notes, Thursday 22 October)."),
    inc("kourou-phone-mast-arson-2026-10-18", "2026-10-18", "GF", "Guyane", "Kourou", 5.16281, -52.64265,
        "other", GSA, "claimed", None, ["fire"], ["utilities"], ["business"], [], [], [], [], S[8:10], group=WAVE,
        note="Sunday 18 October 2026 about 02:05, some 45 minutes after Macouria: a second mast set on fire on the "
             "edge of Kourou; nobody hurt; the same claim."),
    inc("saint-laurent-phone-mast-arson-2025-06-21", "2025-06-21", "GF", "Guyane", "Saint-Laurent-du-Maroni", 5.50153,
        -54.02916, "other", None, None, None, ["fire"], ["utilities"], [], [], [], [], [], [S[8]], optional=True,
        note="Background in e1 with its own date: a mast near Saint-Laurent-du-Maroni burned on 21 June 2025; never "
             "claimed."),
]
groups = [dict(id=WAVE, members=["macouria-phone-mast-arson-2026-10-18", "kourou-phone-mast-arson-2026-10-18"],
               killed=[], killed_optional=[], injured=[], injured_optional=[],
               note="Two masts set on fire the same night 45 minutes apart in Macouria and Kourou, claimed together on "
                    "one Telegram post: one wave; nobody hurt.")]
gold = dict(about="Hand-coded reference for eval/synthetic36/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_uturoa_film_shoot_alarm: a film crew staged explosions and gunfire for a thriller in "
                           "the town centre of Uturoa (Raiatea, French Polynesia) on Tuesday 18 August 2026; residents "
                           "called the police in alarm; nobody hurt: no attack, no incident.",
                           "b1: the other items of the police log (thefts, a traffic collision, a lost dog, a drunk "
                           "driver, a noise complaint) are no attacks.",
                           "a1: the baker's life (birth, schooling, marriage, her shop's opening) has no violence.",
                           "Aggregates: attacks on gendarmes in New Caledonia over a year (d1); mast fires in French "
                           "Guiana (e1). Arrests, a funeral, corrections of non-violent stories and a minister's "
                           "statement are no attacks. Headline lists under related-story headings and photo captions "
                           "with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic36.gold.json"), "w"), indent=1, ensure_ascii=False)
