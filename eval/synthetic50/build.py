#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_lakki_tank_governor_presser", "Governor's House Media Cell, Khyber Pakhtunkhwa", "2026-02-11", "https://governorhouse-kp.example/en/transcripts/2026-02-11-lakki-tank-attacks"),
    ("a2_lakki_tank_channel_export", "Southern Districts Reporters (channel export)", "2026-02-12", "https://southernreporters-archive.example/exports/2026-02-11-lakki-tank-attacks-log"),
    ("b1_funtua_logistics_incident_report", "Karaye & Sons Haulage Ltd", "2026-03-16", "https://karayehaulage.example/shse/incident-reports/IR-2026-031"),
    ("b2_funtua_driver_fundraiser", "GiveTogether", "2026-03-17", "https://givetogether.example/f/support-family-ibrahim-musa-truck-driver-funtua"),
    ("c1_fresnillo_student_paper", "La Brújula", "2026-04-17", "https://labrujula-uaz.example/en/news/2026/04/17/radio-host-arturo-villegas-shot-dead-fresnillo"),
    ("c2_fresnillo_wiki_talk", "OpenEncyclopedia", "2026-04-26", "https://openencyclopedia.example/wiki/Talk:Killing_of_Arturo_Villegas"),
    ("d1_maramag_police_blotter", "The Bukidnon Highlander", "2026-05-23", "https://bukidnonhighlander.example/blotter/2026/05/23/market-blast-maramag-highway-crash-quezon"),
    ("d2_maramag_tv_rundown", "Mindanao North TV", "2026-05-23", "https://mindanaonorthtv.example/newsroom/rundowns/balita-norte-6pm-2026-05-23"),
    ("e1_koro_conflict_monitor", "Sahel-Savanna Policy Lab", "2026-08-05", "https://sahelsavannalab.example/en/monitors/central-mali-43-july-2026"),
    ("e2_koro_council_minutes", "Commune urbaine de Koro", "2026-07-24", "https://mairie-koro.example/en/council/2026-07-20-ordinary-session-minutes"),
    ("f1_timmins_morning_newsletter", "The Porcupine Morning", "2026-02-05", "https://porcupinemorning.example/issues/2026-02-05"),
]
write_articles(here, META)
