#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_lamu_nairobi_daily", "The Standard Ledger", "2026-06-08", "https://standardledger.example/counties/coast/lamu/police-officers-driver-killed-militants-strike-twice-lamu"),
    ("a2_lamu_radio_transcript", "Pwani FM", "2026-06-09", "https://pwanifm.example/news/transcripts/2026-06-09-morning-edition-lamu-toll-five-shabaab-claim"),
    ("a3_lamu_wire", "AfriWire", "2026-06-08", "https://afriwire.example/world/africa/kenya-lamu-attack-update-2-2026-06-08"),
    ("b1_mulhouse_liveblog", "L'Écho du Haut-Rhin", "2026-04-18", "https://echohautrhin.example/en/mulhouse/live-attaque-couteau-marche-couvert"),
    ("b2_mulhouse_wire", "France Dépêche International", "2026-04-19", "https://fdi.example/en/france/society/2026/04/19/mulhouse-market-stabbing-second-victim-dies"),
    ("c1_jizan_ministry", "Kingdom News Agency", "2026-09-17", "https://kna.example/en/local/mod-air-defenses-intercept-drones-jazan-one-killed-six-injured"),
    ("c2_jizan_weekly", "The Gulf Weekly Review", "2026-09-20", "https://gulfweekly.example/analysis/2026/09/20/jizan-dead-hollow-truce"),
    ("d1_honduras_weekly_roundup", "Semanario El Faro Catracho", "2026-02-13", "https://elfarocatracho.example/en/sucesos/2026/02/13/seven-days-north-coast-driver-shop-billiard-hall"),
    ("d2_laceiba_daily", "Diario La Ceiba al Día", "2026-02-11", "https://laceibaaldia.example/en/sucesos/four-dead-three-wounded-billiard-hall-barrio-la-isla"),
    ("e1_butwal_portal", "Lumbini Khabar", "2026-11-19", "https://lumbinikhabar.example/en/news/butwal-bomb-explosion-guard-dead-three-injured"),
    ("e2_butwal_daily", "The Himalayan Post", "2026-11-20", "https://himalayanpost.example/national/2026/11/20/janayuddha-owns-butwal-blast-two-cadres-held"),
    ("f1_spain_threat_report", "Iberia Daily News", "2026-05-20", "https://iberiadailynews.example/politics/security/interior-ministry-terror-alert-level-4-report-2026"),
]
write_articles(here, META)
