#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_bol_mao_incident_tracker_export", "Lake Basin Conflict Monitor", "2026-02-16", "https://lbcm.example/data/exports/2026-w07-chad"),
    ("a2_bol_mao_live_blog", "Sahel Horizon", "2026-02-11", "https://sahelhorizon.example/en/live/2026/02/11/bol-army-camp-attack-mao"),
    ("b1_dembidolo_urgent_action_appeal", "Horn Rights Watchpost", "2026-04-21", "https://hornrightswatchpost.example/act/ua-14-26-ethiopia-dembi-dolo-water-staff"),
    ("b2_dembidolo_voice_note_transcript", "Wollega Community Board", "2026-04-17", "https://wollegaboard.example/voice-notes/2026/04/17/clear-spring-attack-transcript"),
    ("c1_bayji_stock_exchange_announcement", "Tigris Lane Energy plc (regulatory announcement)", "2026-06-15", "https://marketnews.example/rns/TLE/4417K-security-incident-bayji"),
    ("c2_bayji_archived_news_page", "The Rafidain Ledger (archived copy)", "2026-06-15", "https://timecapsule.example/20260620091402/https://rafidainledger.example/iraq/2026/06/15/rockets-hit-gas-station-near-bayji"),
    ("d1_jaen_diocese_weekly_bulletin", "Diocese of the Upper Marañón", "2026-08-23", "https://diocesisaltomaranon.example/en/bulletin/2026-34"),
    ("d2_jaen_opinion_column", "El Nororiente", "2026-08-25", "https://elnororiente.example/opinion/2026/08/25/silence-on-the-maranon"),
    ("e1_kenyam_survivor_interview", "Highlands Reporter", "2026-10-12", "https://highlandsreporter.example/en/interviews/2026/10/12/kenyam-school-survivor"),
    ("e2_kenyam_timeline_explainer", "Nusantara Explained", "2026-10-09", "https://nusantaraexplained.example/en/timelines/kenyam-school-health-post-attack"),
    ("f1_aljustrel_mine_drill_photo_gallery", "Alentejo Hoje", "2026-05-14", "https://alentejohoje.example/en/galerias/2026/05/14/aljustrel-mine-rescue-drill"),
]
write_articles(here, META)
