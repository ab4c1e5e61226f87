#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_potiskum_humanitarian_sitrep", "Northeast Relief Coordination Hub", "2026-01-20", "https://nrch.example/reports/yobe/2026-01-20-flash-update-2-potiskum-attacks"),
    ("a2_potiskum_parish_newsletter", "St. Columba's Catholic Parish, Potiskum", "2026-01-25", "https://stcolumbapotiskum.example/newsletter/2026/04-the-columba-lamp"),
    ("b1_dumka_university_statement", "Rajmahal Hills University", "2026-03-19", "https://rhu-dumka.example/notices/2026/rhu-vc-071-statement-examination-escort-attack"),
    ("b2_dumka_email_alert_digest", "Eastern India Brief", "2026-03-16", "https://easternindiabrief.example/alerts/digest/2026-03-16-evening"),
    ("c1_pagadian_maritime_security_bulletin", "Sulu–Celebes Maritime Watch", "2026-02-13", "https://scmw.example/bulletins/2026/week-07"),
    ("c2_pagadian_live_blog", "Mindanao Now", "2026-02-11", "https://mindanaonow.example/live/2026/02/11/gunmen-board-cargo-ship-off-pagadian"),
    ("d1_salvatierra_regional_daily", "El Mirador del Bajío", "2026-05-18", "https://elmiradordelbajio.example/en/seguridad/2026/05/18/seven-dead-bar-la-cascada-salvatierra"),
    ("d2_salvatierra_photo_gallery", "FotoAgencia Centro", "2026-05-19", "https://fotoagenciacentro.example/en/galleries/2026-05-19-salvatierra-mourns-bar-attack"),
    ("e1_kombolcha_wire", "Horn Wire Service", "2026-09-21", "https://hornwire.example/africa/2026/09/21/ethiopia-grenade-cafe-kombolcha-football"),
    ("e2_kombolcha_tv_evening_news", "Abay Vision TV", "2026-09-22", "https://abayvision.example/en/transcripts/evening-news-2026-09-22"),
    ("f1_kamloops_mine_blast_explainer", "The Thompson Valley Ledger", "2026-10-15", "https://thompsonvalleyledger.example/local/2026/10/15/qa-ridgeback-mine-blast-kamloops"),
]
write_articles(here, META)
