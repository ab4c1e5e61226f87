#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_khost_gardez_travel_advisory", "Meridian Lantern Risk", "2026-02-09", "https://meridianlantern.example/advisories/2026-02-09-south-central-asia"),
    ("a2_khost_gardez_incident_spreadsheet", "South-East Monitor", "2026-02-12", "https://southeastmonitor.example/data/khost-paktia-paktika-jan-feb-2026-v3"),
    ("b1_kumba_machine_translated", "Le Messager du Mungo", "2026-03-16", "https://messagerdumungo.example/en/securite/2026/03/16/meme-ecole-bokosso-attaquee"),
    ("b2_kumba_hospital_press_conference", "South-West Health News", "2026-03-18", "https://swhealthnews.example/press-room/transcripts/2026-03-18-buea-briefing-bokosso"),
    ("c1_manga_ocr_newspaper_scan", "Voltaic Press Archive", "2026-05-12", "https://voltaicpressarchive.example/scans/voltaic-weekly-courier/2026-05-12/p3"),
    ("c2_manga_podcast_episode", "The Long Road", "2026-05-15", "https://thelongroad.example/episodes/87-the-bus-to-po"),
    ("d1_sinnar_chat_export", "Sudan Voices Archive", "2026-07-17", "https://sudanvoices.example/chats/sinnar-souq-neighbours-july-2026"),
    ("d2_sinnar_parliament_answer", "Parliamentary Record Online", "2026-07-21", "https://parliamentaryrecord.example/written-questions/2026-07-16/48211"),
    ("e1_satkhira_police_log", "Satkhira District Police", "2026-09-11", "https://satkhirapolice.example/en/log/sadar/2026-09-10"),
    ("e2_satkhira_amp_page", "Dakshin Darpan", "2026-09-11", "https://dakshindarpan.example/amp/country/khulna/2026/09/11/crude-bombs-satkhira-press-club"),
    ("f1_viseu_old_photo_fact_check", "Verifica Lusa-Norte", "2026-10-05", "https://verificaluso.example/en/checks/2026/10/05/viseu-shopping-centre-bomb-false"),
]
write_articles(here, META)
