#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("n1_tera_communique", "Télé Sahel Nationale", "2025-05-17", "https://telesahel.example/en/securite/attaque-de-koria-tondi-trois-jours-de-deuil-national"),
    ("n2_niger_weekly", "SahelWatch Advisory", "2025-05-23", "https://sahelwatch.example/weekly/2025-21-niger-market-massacre-filingue-mine"),
    ("m1_pakokku_exile", "Ayeyar Post", "2025-06-15", "https://ayeyarpost.example/news/magway/junta-jet-bombs-monastery-novice-ceremony-pakokku-township"),
    ("m2_pakokku_brief", "Asia Briefs Network", "2025-06-17", "https://asiabriefs.example/southeast-asia/myanmar/2025/06/17/pakkoku-monastery-bombing-toll-24"),
    ("x1_michoacan_site", "The Mexico Ledger", "2025-02-19", "https://mexicoledger.example/security/2025/02/19/cartel-strikes-back-michoacan-capture-regional-commander"),
    ("x2_michoacan_wire", "Agencia Meridiano", "2025-02-20", "https://meridiano.example/en/mexico/20250220-michoacan-attacks-toll-rises-to-four"),
    ("f1_pulekhumri_wire", "Global Dispatch", "2025-10-10", "https://globaldispatch.example/asia/2025/10/10/afghanistan-suicide-bomber-sufi-gathering-pul-e-khumri"),
    ("f2_pulekhumri_exile", "Hindukush Times", "2025-10-11", "https://hindukushtimes.example/en/afghanistan/death-toll-pol-e-khomri-khanqah-bombing-17"),
    ("b1_bogura_brief", "Southasia Wire", "2025-11-26", "https://southasiawire.example/bangladesh/three-burned-to-death-bus-torched-northern-bangladesh-20251126"),
    ("b2_bogura_daily", "The Daily Bengal Observer", "2025-11-28", "https://bengalobserver.example/country/bogura-bus-arson-death-toll-rises-to-four"),
    ("e1_amhara_aid", "Humanitarian Newsroom", "2025-12-04", "https://humanitariannewsroom.example/report/ethiopia/mobile-health-teams-return-north-gondar-after-eight-month-pause"),
]
write_articles(here, META)
