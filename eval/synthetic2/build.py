#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("k1_kismayo_local", "Jubba Dispatch", "2025-03-08", "https://jubbadispatch.example/news/kismayo-hotel-siege-ends"),
    ("k2_kismayo_wire", "Atlas Wire", "2025-03-08", "https://atlaswire.example/world/africa/somalia-kismayo-hotel-2025-03-08/"),
    ("k3_kismayo_radio", "Horn Current Radio", "2025-03-09", "https://horncurrent.example/en/somalia/20250309-kismayo-toll"),
    ("p1_maguindanao_daily", "Mindanao Courier", "2025-05-20", "https://mindanaocourier.example/regions/barmm/3-soldiers-dead-datu-piang-blast"),
    ("p2_maguindanao_tv", "KNC Kapuluan News Channel", "2025-05-21", "https://knc.example/nation/2025/05/21/datu-piang-bomb-toll-isulan-grenade"),
    ("u1_spokane_paper", "The Inland Ledger", "2025-08-17", "https://inlandledger.example/news/2025/aug/17/northgate-lanes-shooting/"),
    ("u2_spokane_tv", "KXRV 9 News", "2025-08-17", "https://kxrv9.example/article/news/local/northgate-lanes-fourth-victim"),
]
write_articles(here, META)
