#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("m1_mocimboa_wire", "Meridian Press Agency", "2025-10-05", "https://meridianpress.example/world/africa/mozambique-mocimboa-raid-2025-10-05/"),
    ("m2_mocimboa_local", "Diário do Norte", "2025-10-06", "https://diariodonorte.example/en/cabo-delgado/mocimboa-toll-rises-19"),
    ("m3_cabodelgado_update", "ReliefBulletin", "2025-10-08", "https://reliefbulletin.example/report/mozambique/cabo-delgado-protection-access-update-no-41-8-october-2025"),
    ("c1_catatumbo_wire", "Continental News Service", "2025-06-13", "https://cns.example/americas/colombia-catatumbo-attacks-police-army-2025-06-13"),
    ("c2_catatumbo_regional", "La Frontera Digital", "2025-06-14", "https://lafronteradigital.example/english/catatumbo-tibu-toll-four-seven-dead"),
    ("d1_beni_radio", "Radio Amani Beni", "2025-09-17", "https://rab.example/en/2025/09/17/beni-nord-attaque-21-civils"),
    ("d2_beni_flash", "United Response Portal", "2025-09-19", "https://unitedresponse.example/drc/flash-update-2-beni-north-kivu-19-september-2025"),
    ("j1_kashmir_liveblog", "NationLine 24x7", "2025-07-21", "https://nationline.example/india/jk-news-live-updates-anantnag-grenade-pulwama-2025-07-21"),
    ("j2_kashmir_daily", "The Valley Chronicle", "2025-07-22", "https://valleychronicle.example/kashmir/13-treated-after-anantnag-grenade-blast"),
    ("y1_taiz_tv", "Gulf Horizon TV", "2025-11-10", "https://gulfhorizon.example/en/yemen/taiz-market-mortar-children-20251110"),
    ("n1_mombasa_trial", "Coast Today", "2025-11-20", "https://coasttoday.example/news/mombasa/two-jailed-funding-al-shabaab-cell-lamu"),
]
write_articles(here, META)
