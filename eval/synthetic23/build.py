#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_anjouan_ticker", "Radio Mwezi FM", "2026-05-16", "https://mwezifm.example/en/live/night-attacks-anjouan-moheli-domoni-fomboni"),
    ("a2_comoros_translated_daily", "La Gazette des Îles", "2026-05-18", "https://gazettedesiles.example/en/societe/2026/05/18/attaques-domoni-fomboni-bilan-trois-morts"),
    ("b1_belize_sports_report", "JewelSports.bz", "2026-09-13", "https://jewelsports.example/football/premier-league/match-abandoned-carmen-hyde-field-gunfire"),
    ("b2_belize_police_release", "Belize Today News", "2026-09-14", "https://belizetoday.example/crime/2026/09/14/third-victim-dies-carmen-hyde-field-shooting"),
    ("c1_orastie_mayor_updates", "RoNews24", "2026-03-10", "https://ronews24.example/en/justice/mayor-of-orastie-shot-outside-town-hall"),
    ("d1_greece_weekend_roundup", "Hellas Desk", "2026-11-16", "https://hellasdesk.example/society/weekend-of-violence-crete-thessaloniki-larissa"),
    ("d2_larisa_forum_thread", "LarisaCity Forum", "2026-11-16", "https://larisacity-forum.example/local-news/topic-agios-eleftherios-church-burned"),
    ("d3_greece_travel_advisory", "Ministry of Foreign Affairs - Travel Advice", "2026-12-03", "https://travel.mfa.example/travel-advice/europe/greece"),
    ("e1_viqueque_flash_update", "Timor-Leste Humanitarian Partners Network", "2026-07-24", "https://thpn.example/reports/flash-updates/viqueque-loi-mata-flash-update-2"),
    ("e2_viqueque_translated_daily", "Diário do Sol Nascente", "2026-07-22", "https://diariosolnascente.example/en/nacional/ataque-aldeia-viqueque-tres-mortos"),
    ("f1_bata_fuel_depot", "Guinea Ecuatorial Hoy", "2026-08-28", "https://gehoy.example/en/nation/bata-depot-blast-accident-inquiry"),
]
write_articles(here, META)
