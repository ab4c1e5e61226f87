#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("h1_desarmes_wire", "Meridian Press Agency", "2025-10-16", "https://meridianpress.example/world/americas/haiti-gang-gunmen-kill-desarmes-artibonite-2025-10-16/"),
    ("h2_desarmes_local", "Lakou Info Haiti", "2025-10-18", "https://lakouinfo.example/en/securite/dezam-bilan-21-morts-familles-enterrent"),
    ("h3_desarmes_un_release", "Integrated Office Haiti Communications", "2025-10-22", "https://integratedoffice-haiti.example/en/press-releases/2025-10-22-desarmes-artibonite"),
    ("t1_akcakale_brief", "NEWSFLOW", "2025-09-09", "https://newsflow.example/turkey/rockets-from-syria-kill-two-in-akcakale-20250909"),
    ("t2_akcakale_daily", "Bosphorus Daily News", "2025-09-10", "https://bosphorusdaily.example/turkiye/akcakale-mourns-toll-cross-border-rocket-attack-rises-to-three"),
    ("i1_intanjaya_national", "The Archipelago Post", "2025-11-04", "https://archipelagopost.example/indonesia/2025/11/04/four-construction-workers-killed-in-intan-jaya-attack.html"),
    ("i2_intanjaya_papua_local", "Suara Pegunungan", "2025-11-06", "https://suarapegunungan.example/en/intan-jaya/2025/11/06/jenazah-pekerja-kelima-ditemukan-sugapa"),
    ("b1_benin_cabinet_daily", "Le Matinal du Bénin", "2025-08-29", "https://lematinalbenin.example/en/securite/attaques-alibori-15-militaires-policiers-tues"),
    ("s1_bor_radio", "Radio Nile Bend", "2025-08-31", "https://radionilebend.example/news/jonglei/seventeen-killed-raiders-attack-cattle-camp-north-of-bor"),
    ("r1_africa_briefs", "CONTINENT24", "2025-09-01", "https://continent24.example/briefs/africa-in-brief-monday-1-september-2025"),
    ("c1_adre_aid", "Sahel Relief Review", "2025-11-20", "https://sahelrelief.example/crises/chad/rations-halved-sudanese-refugees-eastern-chad"),
]
write_articles(here, META)
