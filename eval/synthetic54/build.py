#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_niassa_wire_update2", "Indian Ocean Wire Service", "2022-09-18", "https://iows.example/world/africa/2022/09/18/update-2-mozambique-gunmen-raid-police-post-rail-station-niassa"),
    ("a2_niassa_magazine_long_read", "The Meridian Review", "2023-01-20", "https://meridianreview.example/long-reads/2023/01/20/lake-country-insurgency-mozambique-niassa"),
    ("b1_hilla_national_daily_print", "Al-Rafidain Daily", "2013-05-17", "https://alrafidaindaily.example/en/print/2013/05/17/page3/car-bomb-hilla-vegetable-market"),
    ("b2_hilla_anniversary_feature", "Mesopotamia Today", "2023-05-16", "https://mesopotamiatoday.example/en/features/memory/ten-years-bab-al-nakhla-bombing-hilla"),
    ("c1_mardan_police_statement", "District Police Mardan", "2016-03-09", "https://mardanpolice.example/press-releases/2016/03/statement-killing-journalist-shahid-iqbal"),
    ("c2_mardan_ngo_press_release", "Free Voices Watch", "2016-03-11", "https://freevoiceswatch.example/press-room/2016/03/11/pakistan-second-death-mardan-tv-crew"),
    ("d1_gambela_ministry_statement", "Ministry of Federal and Regional Coordination", "2009-11-11", "https://mofrc.example/en/news-statements/2009/11/11/abduction-development-workers-gambella"),
    ("d2_gambela_regional_paper", "The Nile Basin Observer", "2009-11-13", "https://nilebasinobserver.example/region/2009/11/13/three-aid-workers-seized-near-gambella"),
    ("e1_carmen_live_blog", "DZMT News Online", "2024-02-10", "https://dzmtnews.example/live/2024/02/10/grenade-blast-carmen-north-cotabato-bus-terminal"),
    ("e2_carmen_wire_factbox", "Asia Pacific Press Agency", "2024-02-12", "https://appa.example/asia/2024/02/12/factbox-recent-bomb-grenade-attacks-central-mindanao"),
    ("f1_timmins_radio_story", "Northern 98.7 The Ridge", "2025-01-21", "https://ridge987.example/news/2025/01/21/hold-and-secure-drill-timmins-high-school-planned"),
]
write_articles(here, META)
