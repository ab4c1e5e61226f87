#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_bitkine_mongo_world_in_brief", "Globe Line News Agency", "2021-03-24", "https://globeline.example/wire/world-in-brief/2021-03-24-overnight"),
    ("a2_bitkine_mongo_army_communique", "Le Tchad en Direct", "2021-03-25", "https://tchadendirect.example/en/securite/2021/03/25/full-text-army-communique-bitkine-mongo"),
    ("b1_dila_radio_web_story", "Gedeo Hills FM", "2006-06-17", "https://gedeohillsfm.example/news/2006/06/17/grenade-coffee-house-dila-bus-station"),
    ("b2_dila_victim_obituary", "Southern Herald Weekly", "2006-06-26", "https://southernheraldweekly.example/obituaries/2006/06/26/tesfaye-gelgelo-dube"),
    ("c1_midyat_pipeline_business_news", "Markets Meridian", "2012-08-20", "https://marketsmeridian.example/energy/2012/08/20/tigris-ceyhan-line-shut-midyat-blast"),
    ("c2_midyat_what_we_know_qa", "Anatolia Observer", "2012-08-19", "https://anatoliaobserver.example/en/regions/2012/08/19/midyat-pipeline-bomb-what-we-know"),
    ("d1_bir_el_ater_front_page_jump", "L'Écho des Hauts Plateaux", "2017-06-10", "https://echohautsplateaux.example/en/2017/06/10/two-gendarmes-killed-checkpoint-bir-el-ater"),
    ("d2_bir_el_ater_embassy_advisory", "Embassy of Eldoria in Algiers", "2017-11-28", "https://eldoria-embassy-algiers.example/en/travel-advice/algeria"),
    ("e1_tripoli_day_timeline", "Cedar Ledger", "2024-02-15", "https://cedarledger.example/en/north/2024/02/15/timeline-tripoli-souk-bomb"),
    ("e2_tripoli_video_fact_check", "FactLens Levant", "2024-02-17", "https://factlenslevant.example/en/checks/2024/02/17/video-not-tripoli-bomb"),
    ("f1_moncton_mock_drill", "Petitcodiac Valley Times", "2025-05-11", "https://petitcodiacvalleytimes.example/news/2025/05/11/moncton-bus-terminal-drill"),
]
write_articles(here, META)
