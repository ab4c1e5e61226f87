#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kwadukuza_community_site", "North Coast Courant Online", "2026-08-23", "https://northcoastcourant.example/crime-courts/2026/08/23/night-of-terror-kwadukuza-councillor-nkobongo-taxis"),
    ("a2_kwadukuza_broadcaster", "SABN News", "2026-08-24", "https://sabn.example/news/south-africa/kzn-councillor-killed-stanger-task-team"),
    ("b1_tunisia_state_agency", "Tunisian Press Dispatch", "2026-05-13", "https://tpd.example/en/national/2026/05/13/four-national-guard-agents-killed-kasserine"),
    ("b2_tunisia_radio_site", "Radio Cap Bon FM", "2026-05-15", "https://radiocapbon.example/en/regions/kasserine-bilan-six-morts-deux-civils"),
    ("c1_bawku_national_site", "Goldcoast Times Online", "2026-03-11", "https://goldcoasttimes.example/regional/five-shot-dead-bawku-lorry-station-gunmen-motorbikes"),
    ("c2_bawku_community_radio", "Voice of Kusaug FM", "2026-03-16", "https://kusaugfm.example/2026/03/16/breaking-lorry-station-shooting-death-toll-now-seven/"),
    ("c3_bawku_wire_brief", "West Africa Newsline", "2026-03-12", "https://wanl.example/briefs/ghana-minister-six-killed-bawku-attack"),
    ("d1_sabah_national_daily", "The Peninsula Star", "2026-06-08", "https://peninsulastar.example/nation/2026/06/08/four-fishermen-abducted-off-lahad-datu"),
    ("d2_sabah_police_statement", "PDRM Sabah portal", "2026-06-08", "https://polis-sabah.example/en/kenyataan-media/2026-06-08-kidnapping-l-datu"),
    ("e1_paraguay_english_site", "Asunción English Herald", "2026-10-16", "https://asuncionherald.example/security/epp-ranch-horqueta-checkpoint-concepcion"),
    ("f1_nepal_commission", "Himalayan Ledger", "2026-11-20", "https://himalayanledger.example/national/2026/11/20/truth-commission-resumes-hearings"),
]
write_articles(here, META)
