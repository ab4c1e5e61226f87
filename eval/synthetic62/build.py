#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_monguno_bama_what_we_know", "Lake Chad Ledger", "2016-02-14", "https://lakechadledger.example/borno/2016/02/14/monguno-bama-blasts-what-we-know"),
    ("a2_monguno_bama_sports_postponed", "NorthPitch Sports", "2016-02-15", "https://northpitch.example/football/2016/02/15/borno-derby-called-off"),
    ("b1_garoowe_tv_bulletin", "Puntland Vision TV", "2019-06-21", "https://puntlandvision.example/scripts/2019-06-21-breakfast-0700-en"),
    ("b2_garoowe_court_report", "The Horn Courier", "2019-11-26", "https://horncourier.example/courts/2019/11/26/garoowe-hotel-gunman-jailed"),
    ("c1_ramadi_hit_correspondent_dispatch", "Euphrates Review", "2008-04-18", "https://euphratesreview.example/dispatches/2008/04/18/ramadi-cart-bomb-recruits"),
    ("c2_ramadi_factbox", "Tigris Wire", "2008-04-21", "https://tigriswire.example/factbox/2008/04/21/anbar-recent-attacks"),
    ("d1_kidapawan_fact_check", "TamaBa? Fact Check Mindanao", "2021-09-14", "https://tamaba.example/checks/2021/09/14/kidapawan-30-dead-false"),
    ("d2_kidapawan_survivor_interview", "Mindanao Morning Star", "2021-09-17", "https://mindanaomorningstar.example/regions/2021/09/17/kidapawan-vendor-interview"),
    ("e1_dondo_government_statement", "Ministério do Interior (Moçambique)", "2023-08-16", "https://mint-mocambique.example/en/press/MINT-GCI-0219-2023"),
    ("e2_dondo_week_in_review", "Beira Weekly Digest", "2023-08-19", "https://beiradigest.example/week-in-review/2023-08-19"),
    ("f1_athlone_garda_blotter", "The Shannonside Sentinel", "2025-03-12", "https://shannonsidesentinel.example/news/garda-beat/2025-03-12"),
]
write_articles(here, META)
