#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_dori_kaya_un_sitrep_pdf", "Office for the Coordination of Relief Partners", "2019-11-21", "https://reliefpartners.example/reports/burkina-faso/flash-sitrep-14-2019-11-21.pdf"),
    ("a2_dori_kaya_monitor_csv", "Sahel Conflict Observatory", "2019-11-24", "https://sahelobservatory.example/data/exports/incidents_bf_2019-11_v2.csv"),
    ("b1_lira_diplomatic_cable", "Esterland Cable Archive", "2008-08-25", "https://cablearchive.example/2008/kampala/08KAMPALA1187"),
    ("b2_lira_police_press_conference", "Lango Daily Monitor", "2008-08-28", "https://langodailymonitor.example/news/northern/2008/08/28/transcript-police-briefing-lira-grenade"),
    ("c1_ajdabiya_bilingual_page", "Cyrene Observer", "2014-06-13", "https://cyreneobserver.example/en-fr/libye/2014/06/13/ajdabiya-checkpoint-car-bomb"),
    ("c2_ajdabiya_rss_dump", "Libya Wire Brief", "2014-06-14", "https://libyawirebrief.example/feed/latest.xml"),
    ("d1_mayo_podcast_transcript", "Southern Frontier Podcast", "2007-03-14", "https://southernfrontier.example/episodes/41-a-tea-shop-in-mayo"),
    ("d2_mayo_academic_paper", "Journal of Peninsular Conflict Studies", "2007-11-15", "https://jpcs.example/vol3/no4/soft-targets-rural-pattani"),
    ("e1_argelia_whatsapp_export", "Voces del Micay", "2021-09-17", "https://vocesdelmicay.example/archivo/chats/vecinos-argelia-centro-2021-09-14"),
    ("e2_argelia_raw_html", "El Vocero del Macizo", "2021-09-16", "https://voceromacizo.example/cauca/2021/09/16/dron-estacion-policia-argelia"),
    ("f1_figueira_mine_infographic", "Atlântico Hoje", "2023-04-19", "https://atlanticohoje.example/en/infografias/2023/04/19/mina-figueira-da-foz"),
]
write_articles(here, META)
