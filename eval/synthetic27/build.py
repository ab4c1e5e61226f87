#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_trindade_photo_gallery", "Jornal Equador Hoje", "2026-06-13", "https://equadorhoje.example/en/galerias/photos-blast-trindade-minibus-terminal"),
    ("a2_saotome_news_update", "Jornal Equador Hoje", "2026-06-15", "https://equadorhoje.example/en/sociedade/2026/06/15/trindade-bombing-toll-rises-to-five"),
    ("b1_assomada_bilingual", "Gazeta das Ribeiras", "2026-03-19", "https://gazetadasribeiras.example/sociedade/dois-segurancas-mortos-assalto-carrinha-valores-assomada"),
    ("b2_assomada_toll_rises", "Gazeta das Ribeiras", "2026-03-21", "https://gazetadasribeiras.example/en/society/assomada-robbery-wounded-passer-by-dies"),
    ("c1_world_in_brief", "The Meridian Post", "2026-04-07", "https://meridianpost.example/world/2026/04/07/world-in-brief-tuesday-7-april"),
    ("c2_matsumoto_station_stabbing", "The Meridian Post", "2026-04-06", "https://meridianpost.example/world/asia/2026/04/06/matsumoto-station-stabbing-one-dead-four-hurt"),
    ("d1_gengma_survivor_interview", "Mekong Frontier Review", "2026-09-12", "https://mekongfrontier.example/en/interviews/gengma-highway-ambush-survivor"),
    ("d2_gengma_wire_report", "AsiaWire Service", "2026-09-10", "https://asiawire.example/china/2026-09-10/five-killed-gunmen-ambush-truck-convoy-yunnan"),
    ("e1_energy_market_report", "PetroPulse", "2026-10-19", "https://petropulse.example/oil/daily-market-report/2026-10-19-brent-jumps-drones-uae"),
    ("e2_fujairah_gulf_news", "Gulf Daily Horizon", "2026-10-20", "https://gulfdailyhorizon.example/uae/2026/10/20/worker-killed-drones-hit-fujairah-oil-terminal"),
    ("f1_film_review_stadium", "ReelTalk SG", "2026-11-06", "https://reeltalk-sg.example/reviews/final-whistle-review"),
]
write_articles(here, META)
