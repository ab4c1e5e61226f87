#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_berbice_police_presser", "Guyana Police Force", "2026-05-17", "https://gpf.gy.example/media-briefings/2026/05/17/commissioner-addresses-attack-on-new-amsterdam-prison"),
    ("a2_berbice_daily", "Berbice Voice", "2026-05-19", "https://berbicevoice.example/region-six/2026/05/19/third-officer-dies-after-new-amsterdam-jail-attack"),
    ("b1_colon_maritime_advisory", "SeaWatch Risk", "2026-09-15", "https://seawatchrisk.example/advisories/2026-0915-pa-fatal-armed-boarding-cristobal-anchorage"),
    ("b2_colon_daily", "La Estrella del Istmo (English edition)", "2026-09-16", "https://estrelladelistmo.example/en/colon/2026/09/16/sailor-killed-armed-robbers-storm-ship-canal"),
    ("c1_albania_what_we_know", "TV Adriatik", "2026-10-24", "https://tvadriatik.example/en/news/night-blasts-shkoder-lezhe-what-we-know"),
    ("c2_albania_translated_daily", "Gazeta Dita e Re", "2026-10-25", "https://ditaere.example/kronika/2026/10/25/shperthimet-ne-veri-plagosurit-behen-tre-durres-dy-te-arrestuar"),
    ("d1_gambia_newsletter", "The Smiling Coast Briefing", "2026-07-10", "https://smilingcoastbriefing.example/archive/214"),
    ("d2_brikama_daily", "The Gambia Standard Times", "2026-07-08", "https://standardtimes.gm.example/news/2026/07/08/woman-killed-four-hurt-cutlass-brikama-market"),
    ("e1_limon_wire", "Centroamérica Press Agency (CAPA)", "2026-03-15", "https://capa.example/english/costa-rica/2026/03/15/four-shot-dead-football-match-limon"),
    ("e2_limon_funeral_gallery", "Noticias del Caribe CR", "2026-03-16", "https://noticiasdelcaribe.cr.example/galerias/2026/03/16/limon-buries-its-dead-marches-against-violence"),
    ("f1_vanuatu_quake", "Vanuatu Daily Bulletin", "2026-11-19", "https://vanuatubulletin.example/news/efate/2026/11/19/two-dead-landslide-quake-airport-hoax"),
]
write_articles(here, META)
