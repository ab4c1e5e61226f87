#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_freeport_embassy_security_alert", "Embassy of the Republic of Velmoria, Nassau", "2026-03-13", "https://bahamas.velmoria-mfa.example/news-alerts/security-alerts/2026/nas-sa-2026-04-shooting-freeport-cruise-terminal"),
    ("a2_freeport_cruise_terminal_shooting_news", "Grand Bahama Gazette-Line", "2026-03-13", "https://gbgazetteline.example/news/2026/03/13/third-victim-dies-freeport-harbour-taxi-rank-shooting"),
    ("b1_island_risk_weekly_brief", "Halyard Risk Partners", "2026-06-08", "https://halyardrisk.example/insights/weekly-briefs/islands-coastal-asia/2026-week-23"),
    ("b2_tung_chung_tseung_kwan_o_blasts_news", "Harbour Line Daily", "2026-06-04", "https://harbourlinedaily.example/hong-kong/law-and-crime/2026/06/04/two-explosions-half-hour-apart-tung-chung-tseung-kwan-o"),
    ("c1_pelican_gully_church_survivor_interview", "Coral Stone Magazine", "2026-09-02", "https://coralstonemag.example/long-reads/2026/09/02/i-kept-singing-pelican-gully-chapel-survivor-interview"),
    ("c2_pelican_gully_church_machete_news", "Northern Parishes Post", "2026-08-17", "https://northernparishespost.example/2026/08/17/deacon-killed-three-hurt-cutlass-attack-chapel-service"),
    ("d1_isangel_riot_photo_gallery", "Tanna & South Pacific Picture Desk", "2026-10-11", "https://tannapicturedesk.example/galleries/news/2026/10/11/isangel-police-station-burns-after-land-ruling"),
    ("d2_isangel_police_station_fire_denial", "Vila Harbour Times", "2026-10-12", "https://vilaharbourtimes.example/provinces/2026/10/12/land-movement-denies-burning-isangel-police-station"),
    ("e1_neiafu_market_blast_aggregator", "PacificWire Now", "2026-11-21", "https://pacificwirenow.example/stories/tonga/2026-11-21/explosion-neiafu-market-latest-coverage"),
    ("e2_neiafu_market_bombing_claim", "The Kingdom Morning Post", "2026-11-22", "https://kingdommorningpost.example/tonga/2026/11/22/neiafu-market-bombing-toll-seven-group-claims"),
    ("f1_mulifanua_wharf_counter_terror_drill", "Samoa Upolu Observer", "2026-07-15", "https://samoaupoluobserver.example/local/2026/07/15/police-drill-mulifanua-wharf-alarms-residents"),
]
write_articles(here, META)
