#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_mali_army_release", "FAMa Info", "2025-08-12", "https://fama-info.example/en/communiques/communique-047-niono-ke-macina-sokolo"),
    ("a2_mali_wire", "Atlas Wire", "2025-08-13", "https://atlaswire.example/world/africa/mali-jihadists-hit-three-army-positions-segou-2025-08-13/"),
    ("b1_mora_daily", "The Daybreak Herald", "2025-10-20", "https://daybreakherald.example/regions/far-north/mora-female-suicide-bomber-kills-nine-at-sunday-market"),
    ("b2_mora_radio", "Radio Horizon International", "2025-10-22", "https://rhi.example/en/africa/20251022-cameroon-mora-market-bombing-toll-rises-to-14"),
    ("c1_deepsouth_daily", "Siam Daily Tribune", "2025-06-26", "https://siamdailytribune.example/thailand/general/rangers-killed-roadside-bomb-narathiwat-headman-shot"),
    ("c2_deepsouth_local", "Suara Selatan News", "2025-06-26", "https://suaraselatan.example/en/news/2568/06/26/bomb-ranger-rueso-headman-ra-ngae"),
    ("d1_ummruwaba_un", "Humanitarian Action Portal", "2025-11-14", "https://humanitarianaction.example/report/sudan/statement-humanitarian-coordinator-attack-umm-ruwaba-market-14-november-2025"),
    ("d2_ummruwaba_regional", "Kordofan Voice", "2025-11-15", "https://kordofanvoice.example/en/kordofan/um-rawaba-market-strike-thirty-one-dead"),
    ("e1_ukraine_liveblog", "EuroCast News", "2025-09-20", "https://eurocast.example/live/2025/09/20/ukraine-war-live-nikopol-shelling-kharkiv-drone"),
    ("f1_sinai_return", "Nile Evening Post", "2025-12-02", "https://nileeveningpost.example/egypt/north-sinai/families-return-sheikh-zuweid-villages"),
]
write_articles(here, META)
