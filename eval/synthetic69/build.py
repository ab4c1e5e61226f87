#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_oussouye_half_translated", "Kassa Matin", "2008-03-16", "https://kassamatin.example/region/2008/03/16/taxi-brousse-attaque-oussouye"),
    ("a2_oussouye_rss_feed", "Radio Kabrousse Info", "2008-03-18", "https://radiokabrousse.example/en/feed.xml"),
    ("b1_barda_ganja_news_ticker", "Kur Post", "2019-04-22", "https://kurpost.example/en/live/2019-04-22-station-blasts"),
    ("b2_barda_ganja_pdf_sitrep", "Caucasus Transit Security Consortium", "2019-04-25", "https://ctsc.example/reports/sitrep-17-2019.pdf"),
    ("c1_kibiti_police_teletype", "Coast Record", "2016-10-21", "https://coastrecord.example/pwani/2016/10/21/police-teletype-kibiti-shooting"),
    ("c2_kibiti_podcast_transcript", "Pwani Pulse", "2016-10-27", "https://pwanipulse.example/episodes/112-kibiti-village-leaders/transcript"),
    ("d1_zugdidi_json_api", "Samegrelo Today", "2011-06-15", "https://api.samegrelotoday.example/v2/articles/2011-06-15-enguri-post-attack"),
    ("d2_zugdidi_wiki_talk", "OpenChronicle", "2011-11-08", "https://openchronicle.example/wiki/Talk:2011_Enguri_bridge_police_post_attack"),
    ("e1_salaga_yendi_social_thread", "ThreadKeep", "2023-02-13", "https://threadkeep.example/thread/SavannahDeskAdams/salaga-market-gunfire"),
    ("e2_salaga_yendi_csv_export", "Savannah Conflict Observatory", "2023-02-21", "https://savannahobservatory.example/data/exports/northern-ghana-2023-01-01-2023-02-20.csv"),
    ("f1_valparaiso_film_shoot_chat", "Puerto Abierto", "2025-09-08", "https://puertoabierto.example/verificacion/2025/09/08/bus-bomb-valparaiso-film-shoot-chat"),
]
write_articles(here, META)
