#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_klaksvik_match_report_stabbing", "ÚTSLAG", "2026-05-17", "https://utslag.example/premier-division/2026/05/17/nordlysid-2-1-kollafjardar-if-match-report"),
    ("a2_klaksvik_stabbing_arrests", "Oyggjapósturin", "2026-05-18", "https://oyggjaposturin.example/en/news/crime/2026/05/18/two-arrested-fatal-stabbing-klaksvik-football-ground"),
    ("b1_sisimiut_town_hall_blast_wire", "Nordatlant Newswire", "2026-11-06", "https://nordatlantnews.example/en/wires/greenland/NAN-2026-11-06-0047"),
    ("b2_sisimiut_town_hall_blast_wire_correction", "Nordatlant Newswire", "2026-11-07", "https://nordatlantnews.example/en/wires/greenland/NAN-2026-11-07-0012"),
    ("c1_dominica_travel_advice", "Department of External Affairs, Kingdom of Norvandia", "2026-07-14", "https://travel.norvandia-dea.example/travel-advice/dominica"),
    ("c2_portsmouth_harbour_shooting_news", "Nature Isle Newsline", "2026-07-12", "https://natureislenewsline.example/2026/07/12/portsmouth-harbour-shooting-gunman-gang-member-group-denies"),
    ("d1_manx_north_rss_feed", "Manx North Courier", "2026-09-15", "https://manxnorthcourier.example/feeds/latest.rss"),
    ("d2_ramsey_bank_siege_news", "Manx North Courier", "2026-09-16", "https://manxnorthcourier.example/news/2026/09/16/ramsey-bank-siege-hostage-named-retired-teacher"),
    ("e1_reinsurance_loss_bulletin", "Leeward Re Brokers", "2026-08-21", "https://leewardre.example/insights/market-bulletin/2026-34"),
    ("e2_sandy_point_fuel_terminal_news", "St Kitts Morning Tide", "2026-08-19", "https://skmorningtide.example/national/2026/08/19/four-workers-hurt-explosions-fuel-terminal-sandy-point"),
    ("f1_antigua_airport_hoax_charge", "Wadadli Wire", "2026-10-17", "https://wadadliwire.example/court/2026/10/17/liberta-man-charged-bomb-hoax-airport-terminal"),
]
write_articles(here, META)
