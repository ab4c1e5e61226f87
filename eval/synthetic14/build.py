#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_cabinda_state_agency", "ANPress (Angola National Press Service)", "2026-04-22", "https://anpress.example/en/defence/cabinda-two-faa-soldiers-lose-their-lives-ambush"),
    ("a2_cabinda_flec_statement", "Cabinda Livre", "2026-04-23", "https://cabindalivre.example/comunicados/2026/04/23/flec-fac-reivindica-emboscada-chimbuande"),
    ("a3_cabinda_lisbon_weekly", "O Atlântico Semanal", "2026-05-02", "https://atlanticosemanal.example/en/lusophone-world/cabinda-the-war-luanda-prefers-not-to-name"),
    ("b1_batken_ministry", "Ministry of Emergency Situations of the Kyrgyz Republic", "2026-06-18", "https://mes.kg.example/en/press-centre/operational/2026-06-18-batken-1400"),
    ("b2_batken_radio", "Tündük Radio", "2026-06-19", "https://tunduk.example/en/transcripts/morning-line-2026-06-19-batken-after-the-strikes"),
    ("c1_jamaica_roundup", "The Island Ledger", "2026-08-10", "https://islandledger.example/lead-stories/20260810/bloody-weekend-bar-gunmen-house-firebomb-attack-cops"),
    ("c2_spanishtown_wire", "CaribWire", "2026-08-11", "https://caribwire.example/caribbean/2026/08/11/spanish-town-bar-shooting-toll-four"),
    ("d1_siguiri_wire", "West Africa Wire Service", "2026-03-16", "https://waws.example/mining-energy/2026-03-16/gunmen-kill-gendarme-seize-foreign-engineers-guinea"),
    ("d2_siguiri_ngo", "Ligue Guinéenne pour la Dignité Humaine", "2026-03-19", "https://lgdh.example/en/press-releases/2026/03/siguiri-kidnapping-four-hostages"),
    ("e1_kutaisi_liveblog", "Kavkasia 24", "2026-10-20", "https://kavkasia24.example/en/live/kutaisi-knife-attack-central-market"),
    ("e2_kutaisi_daily", "Kutaisi Courier", "2026-10-21", "https://kutaisicourier.example/en/city/2026/10/21/second-victim-market-knife-attack-dies"),
    ("f1_laos_uxo", "The Mekong Daily", "2026-11-05", "https://mekongdaily.example/provinces/2026/11/05/clearance-teams-destroy-4000-bombs-xiengkhouang"),
]
write_articles(here, META)
