#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_afgooye_wanlaweyn_wire", "Horn Line Agency", "2026-02-11", "https://hornlineagency.example/world/africa/somalia-suicide-car-bomb-afgooye-police-station-mortars-wanlaweyn-2026-02-11"),
    ("a2_afgooye_wanlaweyn_world_in_brief", "The Meridian Daily", "2026-02-12", "https://meridiandaily.example/world/2026/feb/12/world-in-brief-thursday-12-february-2026"),
    ("b1_fayzabad_ngo_press_release", "Hindukush Health Alliance", "2026-04-20", "https://hindukushhealth.example/newsroom/press-releases/2026-04-20-polio-vaccination-team-killed-badakhshan"),
    ("b2_fayzabad_next_day_follow_up", "Kabul Ledger", "2026-04-22", "https://kabulledger.example/provinces/badakhshan/2026/04/22/driver-dies-polio-shooting-toll-four"),
    ("c1_churachandpur_national_daily_updated", "The National Courier", "2026-06-13", "https://nationalcourier.example/india/manipur/assam-rifles-soldiers-killed-ied-ambush-churachandpur-2026-06-13"),
    ("c2_churachandpur_weekly_magazine", "Sentinel Weekly", "2026-06-20", "https://sentinelweekly.example/nation/north-east/the-road-south-of-lamka"),
    ("d1_corinto_regional_news_site", "Cauca al Día", "2026-08-23", "https://caucaaldia.example/en/orden-publico/2026/08/23/drone-motorbike-bomb-corinto-fiestas-two-dead"),
    ("d2_corinto_local_radio_story", "Radio Cordillera Estéreo", "2026-08-24", "https://radiocordillera.example/en/noticias/2026/08/24/hospital-eleven-hurt-corinto-attack-dissident-front-claims"),
    ("e1_zawiya_ministry_statement", "Ministry of Interior (Libya)", "2026-10-01", "https://moi-libya.example/en/statements/214-2026-attack-media-crew-zawiya"),
    ("e2_zawiya_news_aggregator", "NewsNest", "2026-10-03", "https://newsnest.example/cluster/libya-reporter-freed-cameraman-held-zawiya"),
    ("f1_carlisle_broadcaster_wartime_bomb", "NIBC News", "2026-11-12", "https://nibc.example/news/uk-england-cumbria-2026-11-12-carlisle-wartime-bomb-controlled-explosion"),
]
write_articles(here, META)
