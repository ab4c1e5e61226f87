#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_gialai_state_agency", "Vietnam News Service (English edition)", "2026-07-08", "https://vns.example/en/society/six-killed-armed-groups-attack-two-commune-headquarters-gia-lai"),
    ("a2_gialai_mt_daily", "Tin Nhanh Cao Nguyên", "2026-07-08", "https://tinnhanhcaonguyen.example/phap-luat/gia-lai-danh-tinh-6-nan-nhan-vu-tan-cong-tru-so-xa-dem-7-7"),
    ("a3_gialai_bangkok_weekly", "The Mekong Review Weekly", "2026-07-11", "https://mekongreviewweekly.example/analysis/2026/07/11/blood-in-the-highlands-gia-lai"),
    ("b1_sitrah_ministry", "Ministry of Interior, Kingdom of Bahrain", "2026-02-19", "https://interior.bh.example/en/media-centre/news/policeman-martyred-three-injured-terrorist-explosion-sitra"),
    ("b2_sitrah_wire", "Gulf Newswire", "2026-02-21", "https://gulfnewswire.example/gulf/2026/02/21/second-bahraini-policeman-dies-sitra-bomb-militants-claim"),
    ("c1_madagascar_roundup", "L'Hebdo de la Grande Île", "2026-09-09", "https://hebdograndeile.example/en/regions/2026/09/09/the-south-bleeds-antananarivo-shrugs"),
    ("c2_ihosy_mt_daily", "Le Courrier du Sud", "2026-09-07", "https://courrierdusud.example/faits-divers/2026/09/07/ihosy-attaque-dahalo-analamary-quatre-morts"),
    ("d1_bonanza_ngo", "Centro de Derechos Indígenas de la Costa Caribe (CEDICC)", "2026-03-14", "https://cedicc.example/en/press-releases/2026-03-14-armed-settlers-attack-kibusna"),
    ("d2_bonanza_exile_daily", "Nicaragua Abierta", "2026-03-16", "https://nicaraguaabierta.example/costa-caribe/2026/03/16/kibusna-body-missing-youth-found-toll-five"),
    ("e1_tiraspol_liveblog", "NordNews.md", "2026-11-24", "https://nordnews.md.example/en/live/2026-11-24-drone-strikes-military-unit-tiraspol"),
    ("e2_tiraspol_radio", "Radio Moldova International", "2026-11-25", "https://rmi.md.example/en/transcripts/morning-briefing-2026-11-25"),
    ("f1_oman_gas_blast", "The Muscat Observer", "2026-10-13", "https://muscatobserver.example/oman/2026/10/13/two-dead-nine-injured-gas-cylinder-explodes-salalah-restaurant"),
]
write_articles(here, META)
