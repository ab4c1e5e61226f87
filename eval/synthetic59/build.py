#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_eyl_maritime_incident_report", "Horn Maritime Watch Centre", "2010-03-19", "https://hornmaritimewatch.example/reports/2010/HMWC-2010-031"),
    ("a2_eyl_court_indictment_summary", "Indian Ocean Courts Reporter", "2010-10-19", "https://iocourtsreporter.example/cases/2010/state-v-hassan-and-three-others-indictment"),
    ("b1_bukavu_uvira_tv_subtitles", "Télé Grands Lacs", "2016-08-14", "https://telegrandslacs.example/replay/journal-21h/2016-08-14/subtitles-en.srt"),
    ("b2_bukavu_uvira_wiki_list", "OpenChronicle Wiki", "2016-08-20", "https://openchronicle.example/wiki/List_of_attacks_in_2016?oldid=884120"),
    ("c1_sinjar_search_results", "Findwell Search", "2019-02-23", "https://findwell.example/search?q=sinjar+idlib+car+bomb+market"),
    ("c2_sinjar_satellite_blog", "Orbit Ledger", "2019-02-27", "https://orbitledger.example/blog/2019/02/27/sinjar-idlib-market-crater"),
    ("d1_falam_radio_digest", "Frontier Airwaves Monitor", "2022-10-10", "https://frontierairwaves.example/digest/myanmar/2022-10-10"),
    ("d2_falam_forwarded_email", "Hill Relief Network Archive", "2022-10-13", "https://hillrelief.example/lists/field-updates/2022-October/000418.html"),
    ("e1_nacala_access_csv", "Northern Corridor Access Monitor", "2024-06-14", "https://ncaccessmonitor.example/exports/incidents_nampula_2024-06-14.csv"),
    ("e2_nacala_union_statement", "Associação Moçambicana de Enfermeiros do Norte", "2024-06-19", "https://amen-norte.example/en/statements/2024/06/19/namitil"),
    ("f1_bahir_dar_embassy_alert", "Embassy of the Kingdom of Norway, Addis Ababa", "2025-03-11", "https://norway-addis.example/security-alerts/2025-03-11-bahir-dar"),
]
write_articles(here, META)
