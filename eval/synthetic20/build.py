#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_mwense_wire_updates", "Meridian News", "2026-05-12", "https://meridiannews.example/world/africa/zambia-says-shells-fired-from-congo-kill-two-luapula-2026-05-12"),
    ("a2_mwense_obituary", "The Lusaka Observer", "2026-05-22", "https://lusakaobserver.example/obituaries/2026/05/22/grace-mubanga-chilufya-teacher-chisenga-landing"),
    ("b1_malawi_sitrep", "Chilungamo Election Watch Malawi", "2026-08-11", "https://chilungamo.example/reports/situation-report-6-3-9-august-2026"),
    ("b2_karonga_daily", "Northern Star", "2026-08-08", "https://northernstar.mw.example/news/2026/08/08/six-held-after-campaigner-hacked-to-death-in-karonga"),
    ("c1_oyem_alerts", "Gabon Express Info", "2026-09-11", "https://gabonexpress.example/en/alerts/oyem-bank-hostage-taking"),
    ("c2_oyem_siege_ends", "RTG Plus", "2026-09-11", "https://rtgplus.example/infos/2026/09/11/oyem-bank-siege-ends-dawn-assault"),
    ("d1_tuzla_portal", "Tuzla Danas", "2026-10-18", "https://tuzladanas.example/eng/hronika/bomb-terrace-cafe-centre-tuzla-waiter-killed"),
    ("d2_tuzla_factcheck", "Provjereno", "2026-10-20", "https://provjereno.example/en/fact-checks/false-14-dead-isis-attack-tuzla"),
    ("e1_eswatini_government", "Government of the Kingdom of Eswatini", "2026-11-14", "https://gov.sz.example/media-centre/statements/2026-11-14-attacks-siteki-nhlangano-police-stations"),
    ("e2_eswatini_weekly", "The Highveld Mail", "2026-11-19", "https://highveldmail.example/analysis/2026-11-19-eswatini-burning-police-stations"),
    ("f1_maldives_drill", "Malé Times", "2026-12-06", "https://maletimes.example/local/2026/12/06/police-mndf-counter-terror-drill-male-harbour"),
]
write_articles(here, META)
