#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_maroua_kousseri_live_blog", "Sahel Lakeside Daily", "2016-07-24", "https://sahellakeside.example/live/2016/07/24/far-north-blasts-live"),
    ("a2_maroua_kousseri_hospital_update", "Garoua Regional Hospital", "2016-07-27", "https://hopital-garoua.example/en/news/2016-07-27-update-wounded-far-north"),
    ("b1_kassala_wire_story", "Horn Wire Service", "2012-11-09", "https://hornwire.example/world/2012/11/09/sudan-kassala-blast-update-2"),
    ("b2_kassala_obituary", "Eastern Star Weekly", "2012-11-18", "https://easternstarweekly.example/tributes/2012/11/18/amna-el-tayeb-teacher"),
    ("c1_narail_faridpur_news_in_brief", "Madhumati Observer", "2005-10-17", "https://madhumatiobserver.example/2005/10/17/news-in-brief"),
    ("c2_narail_opinion_column", "The Delta Ledger", "2006-02-20", "https://deltaledger.example/opinion/2006/02/20/who-guards-the-village-fair"),
    ("d1_ghardimaou_five_things", "Maghreb Quick Read", "2014-09-04", "https://maghrebquickread.example/explainers/2014/09/04/five-things-ghardimaou-attack"),
    ("d2_ghardimaou_governor_interview", "La Voix du Nord-Ouest", "2014-09-06", "https://voixdunordouest.example/en/interviews/2014/09/06/governor-jendouba"),
    ("e1_al_bayda_ngo_press_release", "WaterBridge Relief", "2021-03-14", "https://waterbridgerelief.example/press/2021-03-14-yemen-water-point-shelled"),
    ("e2_al_bayda_photo_gallery", "Frontline Lens", "2021-03-16", "https://frontlinelens.example/galleries/2021/03/16/al-bayda-camp-water-point"),
    ("f1_bodo_letter_to_editor", "Nordland Tidende", "2024-05-30", "https://nordlandtidende.example/en/letters/2024/05/30/the-morning-the-harbour-went-quiet"),
]
write_articles(here, META)
