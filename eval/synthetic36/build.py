#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_saint_joseph_baker_obituary", "Le Quotidien des Hauts", "2026-03-14", "https://quotidiendeshauts.example/obituaries/2026/03/14/mireille-techer-hoarau-1962-2026-baker-saint-joseph"),
    ("a2_saint_joseph_bakery_shooting_news", "Zinfo Sud Réunion", "2026-03-07", "https://zinfosud.example/sud-sauvage/2026/03/07/baker-shot-dead-saint-joseph-two-wounded-man-arrested"),
    ("b1_guadeloupe_weekly_police_log", "Le Courrier de Grande-Terre", "2026-05-19", "https://courriergrandeterre.example/faits-divers/police-log/2026-05-19"),
    ("b2_baie_mahault_dealership_arson_news", "KaraïbInfo", "2026-05-17", "https://karaibinfo.example/guadeloupe/faits-divers/2026/05/17/car-dealership-jarry-burned-arson-suspected"),
    ("c1_martinique_grenade_bar_report", "Madinina Matin", "2026-07-12", "https://madininamatin.example/martinique/2026/07/12/four-dead-grenade-bar-terrace"),
    ("c2_corrections_and_clarifications", "Madinina Matin", "2026-07-15", "https://madininamatin.example/readers-editor/corrections/2026/07/15"),
    ("d1_canala_mayor_opinion_column", "Les Nouvelles du Caillou", "2026-09-10", "https://lnc-caillou.example/opinions/tribune/2026/09/10/how-many-more-patrols-mayor-of-canala"),
    ("d2_canala_gendarme_ambush_news", "Calédonie Direct", "2026-09-09", "https://caledoniedirect.example/brousse/2026/09/09/second-gendarme-dies-ambush-patrol-canala"),
    ("e1_guiana_mast_arson_podcast_notes", "Onde Équatoriale", "2026-10-22", "https://ondeequatoriale.example/episodes/s3/47-tonight-macouria-and-kourou"),
    ("e2_macouria_kourou_mast_fires_news", "Guyane Soir", "2026-10-18", "https://guyanesoir.example/actualites/2026/10/18/two-phone-masts-set-on-fire-macouria-kourou"),
    ("f1_uturoa_film_shoot_alarm", "Raiatea Hebdo en ligne", "2026-08-19", "https://raiateahebdo.example/iles-sous-le-vent/2026/08/19/explosions-gunfire-uturoa-film-shoot"),
]
write_articles(here, META)
