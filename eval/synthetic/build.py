#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("s01_bannu_wire", "Meridian Press Agency", "2024-03-12", "https://mpa.example/world/asia/pakistan-bannu-blasts-2024-03-12/"),
    ("s02_bannu_local", "The Frontier Ledger", "2024-03-12", "https://frontierledger.example/story/bannu-twin-attack"),
    ("s03_bannu_tv", "Crescent TV News", "2024-03-13", "https://crescenttv.example/pakistan/bannu-funerals"),
    ("s04_mafa_paper", "Daily Sahel Mirror", "2024-05-19", "https://sahelmirror.example/news/boko-haram-kills-14-in-borno-village/"),
    ("s05_mafa_radio", "Lakeside Radio International", "2024-05-20", "https://lakesideradio.example/africa/20240520-nigeria-village-raid-toll"),
    ("s06_iraq_wire", "Meridian Press Agency", "2024-07-05", "https://mpa.example/world/middle-east/iraq-bombings-2024-07-05/"),
    ("s07_iraq_kurdish", "Zagros Network", "2024-07-06", "https://zagrosnetwork.example/en/kirkuk/060720241"),
    ("s08_djibo", "Sahel Observer", "2024-09-22", "https://saheloberver.example/burkina-faso/djibo-army-post-attack"),
]
write_articles(here, META)
