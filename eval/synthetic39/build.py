#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_bodden_town_bar_firebomb", "Cayman Tidewatch", "2026-10-18", "https://caymantidewatch.example/news/local/2026/10/18/petrol-bomb-bodden-town-bar"),
    ("a2_george_town_court_list", "Cayman Tidewatch", "2026-11-09", "https://caymantidewatch.example/courts/court-list-monday-9-november"),
    ("b1_barrouallie_minibus_bomb", "The Vincy Herald", "2026-08-15", "https://vincyherald.example/local/three-dead-bomb-minibus-barrouallie"),
    ("b2_ngo_situation_report", "Caribbean Community Relief Network", "2026-08-18", "https://ccrn.example/reports/svg/situation-report-7-2026"),
    ("c1_radio_bulletins_island_harbour", "Radio Lighthouse 98.7 FM", "2026-03-21", "https://radiolighthouse-ai.example/news/bulletins/2026-03-21"),
    ("c2_anguilla_patrol_grenade_followup", "The Anguilla Chronicle", "2026-03-23", "https://anguillachronicle.example/local/2026/03/23/island-harbour-grenade-no-arrests"),
    ("d1_carnival_live_blog", "Spice Isle Now", "2026-07-25", "https://spiceislenow.example/carnival-2026/live-st-marks-carnival-parade"),
    ("d2_victoria_parade_shooting_next_day", "Grenada Morning Bulletin", "2026-07-26", "https://grenadamorningbulletin.example/news/2026/07/26/two-dead-victoria-carnival-shooting"),
    ("e1_ministry_press_release", "Government of Saint Lucia, Ministry of Finance", "2026-07-15", "https://finance.gov-lc.example/press-releases/mof-pr-2026-088"),
    ("e2_soufriere_tax_office_email", "Helen Today", "2026-07-16", "https://helentoday.example/news/group-claims-soufriere-tax-office-fire"),
    ("f1_san_nicolas_restaurant_blast", "Aruba Daily Pulse", "2026-09-05", "https://arubadailypulse.example/en/news/cook-killed-gas-cylinder-san-nicolas"),
]
write_articles(here, META)
