#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kongoussi_boulsa_flash_update", "ReliefHub Sahel", "2026-02-07", "https://reliefhub-sahel.example/en/report/burkina-faso/centre-nord-attacks-kongoussi-boulsa-flash-update-no-1"),
    ("a2_kongoussi_boulsa_cluster_minutes", "Centre-Nord Health Cluster", "2026-02-12", "https://cnhc-kaya.example/en/meetings/2026/02/minutes-2026-02-10"),
    ("b1_jawhar_radio_bulletin_translated", "Shabeelle Voice Radio", "2026-03-22", "https://shabeellevoice.example/en/bulletins/2026-03-22-morning"),
    ("b2_jawhar_corrections_column", "The Horn Observer", "2026-03-26", "https://hornobserver.example/corrections/2026/03/26/corrections-and-clarifications"),
    ("c1_barcelona_stadium_sports_story", "Golazo Oriente", "2026-05-11", "https://golazooriente.example/en/futve/2026/05/11/neveri-win-overshadowed-shooting-checkpoint"),
    ("c2_barcelona_social_thread", "Threadkeeper", "2026-05-11", "https://threadkeeper.example/thread/AnzoateguiAlDia/1788123456"),
    ("d1_khagrachhari_district_press_statement", "Office of the Deputy Commissioner, Khagrachhari", "2026-08-12", "https://dc-khagrachhari.example/en/press-releases/41-2026"),
    ("d2_bangladesh_list_of_attacks_2026", "OpenChronicle", "2026-09-16", "https://openchronicle.example/wiki/List_of_attacks_in_Bangladesh_in_2026"),
    ("e1_sabha_airline_security_notice", "Fezzan Skylink", "2026-10-18", "https://fezzanskylink.example/en/travel-notices/fsl-ops-2026-118-sabha"),
    ("e2_sabha_court_verdict_summary", "Libya Justice Watch", "2026-10-22", "https://libyajusticewatch.example/en/trial-monitoring/2026/ubari-pumping-station-kidnapping-verdict"),
    ("f1_calama_travel_blog", "Dust On My Boots", "2026-09-14", "https://dustonmyboots.example/chile/three-days-in-calama-copper-mine-fire-drill-wind"),
]
write_articles(here, META)
