#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_salo_nightclub_corrected", "Länsirannikko Today", "2026-05-10", "https://lansirannikko.example/en/news/2026/05/10/four-dead-gunman-salo-nightclub"),
    ("a2_salo_nightclub_six_dead", "Nordic Wire", "2026-05-10", "https://nordicwire.example/nordics/2026-05-10/six-killed-shooting-finnish-nightclub"),
    ("b1_cayey_news_aggregator", "IslaFeed", "2026-08-14", "https://islafeed.example/en/top-stories/puerto-rico?date=2026-08-14"),
    ("b2_cayey_bus_ambush_report", "The Isla Ledger", "2026-08-14", "https://islaledger.example/crime/2026/08/14/death-toll-cayey-bus-ambush-rises-to-five"),
    ("c1_norrbotten_police_statement", "Polisen, Police region North", "2026-09-21", "https://polisen.example/en/events/2026/september/21/fires-four-mobile-masts-norrbotten"),
    ("c2_masts_group_denies", "Norrskensposten", "2026-09-22", "https://norrskensposten.example/nyheter/2026-09-22/group-denies-burning-masts"),
    ("d1_vejle_bar_grenade_news", "The Copenhagen Courier", "2026-09-26", "https://cphcourier.example/denmark/2026/09/26/two-dead-grenade-vejle-bar"),
    ("d2_vejle_musician_profile", "Lydbølge Magazine", "2026-09-30", "https://lydbolge.example/en/profiles/remembering-asger-holm-lind"),
    ("e1_druskininkai_border_post_live", "Baltic Ledger", "2026-06-16", "https://balticledger.example/en/lithuania/live-border-post-attack-druskininkai"),
    ("e2_minsk_foreign_ministry_statement", "Ministry of Foreign Affairs of Belarus", "2026-06-16", "https://mfa-by.example/en/press/statements/2026-06-16-border-incident"),
    ("f1_trondheim_station_drill", "Trønder Nytt", "2026-11-03", "https://trondernytt.example/trondheim/2026/11/03/drill-trondheim-station-simulated-bomb"),
]
write_articles(here, META)
