#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_titao_gourcy_newsletter_fr_en", "Forum Sahel Sécurité & Humanitaire", "2026-03-19", "https://fssh-sahel.example/lettre/212-titao-gourcy-une-nuit-d-attaques"),
    ("a2_titao_gourcy_wire", "Savanna News Wire", "2026-03-15", "https://savannanewswire.example/africa/2026/03/15/burkina-faso-gunmen-hit-army-camp-gendarmerie-north"),
    ("b1_wamba_podcast_episode", "Great Lakes Dispatch", "2026-04-27", "https://greatlakesdispatch.example/episodes/148-bafwakoy-clinic-attack"),
    ("b2_wamba_press_conference", "Uele Direct", "2026-04-22", "https://ueledirect.example/securite/2026/04/22/transcript-army-spokesman-bafwakoy-health-centre"),
    ("c1_lahij_court_judgment_summary", "Aden Legal Observatory", "2026-06-04", "https://adenlegalobservatory.example/judgments/2026/scc-aden-case-37-2025-zinjibar"),
    ("c2_lahij_regional_daily", "The Aden Morning Star", "2026-05-25", "https://adenmorningstar.example/local/2026/05/25/prosecutor-killed-car-bomb-lahij"),
    ("d1_van_school_letter", "Kardelen Private Anatolian High School", "2026-10-07", "https://kardelenkoleji-van.example/en/parents/letters/2026-10-07-cumhuriyet-avenue"),
    ("d2_van_discussion_thread", "threadit t/AnatoliaNews", "2026-10-08", "https://threadit.example/t/AnatoliaNews/comments/9xk2qa/van_man_rams_minibus_into_bus_stop_outside_school"),
    ("e1_kyaukse_weather_traffic_bulletin", "Shwe Taung FM", "2026-12-11", "https://shwetaungfm.example/en/bulletins/2026-12-11-morning-weather-road"),
    ("e2_kyaukse_tv_news_transcript", "Golden Valley TV", "2026-12-12", "https://goldenvalleytv.example/en/transcripts/evening-news-2026-12-12"),
    ("f1_barretos_drill_fact_check", "Checagem Aberta", "2026-08-20", "https://checagemaberta.example/en/checks/2026/08/20/barretos-bus-station-video-police-drill"),
]
write_articles(here, META)
