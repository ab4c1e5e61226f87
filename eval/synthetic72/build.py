#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_macenta_gueckedou_press_release", "Ministère de la Sécurité et de la Protection Civile", "2022-05-15", "https://securite-gouv-gn.example/communiques/2022/05/15/0112-macenta-gueckedou"),
    ("a2_macenta_gueckedou_diaspora_site", "GuinéeDiaspora Info", "2022-05-18", "https://guineediaspora-info.example/region-forestiere/2022/05/18/macenta-gueckedou-revendication"),
    ("b1_kampong_thom_wire_update2", "Mekong Newswire", "2003-03-09", "https://mekongnewswire.example/asia/2003/03/09/cambodia-grenade-festival-update-2"),
    ("b2_kampong_thom_magazine_long_read", "Tonle Weekly Review", "2003-04-04", "https://tonleweekly.example/2003/04/04/long-read-the-night-the-music-stopped"),
    ("c1_chimore_live_updates_daily", "El Trópico de Hoy", "2011-09-13", "https://eltropicodehoy.example/tropico/2011/09/13/emboscada-umopar-chimore-en-vivo"),
    ("c2_chimore_radio_transcript", "Radio Wayna Tropical", "2011-09-15", "https://waynatropical.example/transcripciones/2011-09-15-noticiero-manana"),
    ("d1_qulsary_police_media_brief", "Police Department of Atyrau Region", "2013-07-20", "https://atyrau-police.example/en/press/briefs/2013/147"),
    ("d2_qulsary_ngo_statement", "Steppe Rights Monitor", "2013-07-29", "https://steppe-rights.example/en/statements/2013/srm-2013-19-kulsary"),
    ("e1_mchinji_in_brief_column", "The Lakeshore Times", "2018-06-18", "https://lakeshoretimes.example/national/2018/06/18/national-news-in-brief"),
    ("e2_mchinji_funerals_followup", "Nyasa Chronicle Online", "2018-06-21", "https://nyasachronicle.example/districts/mchinji/2018/06/21/four-coffins-at-kalulu"),
    ("f1_youghal_editorial", "The Blackwater Courier", "2014-10-17", "https://blackwatercourier.example/opinion/editorial/2014/10/17/a-week-of-bangs"),
]
write_articles(here, META)
