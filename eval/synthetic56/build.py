#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_arua_wire", "Lake Albert Press Agency", "2009-10-11", "https://lakealbertpress.example/africa/2009/10/11/uganda-arua-grenade-blasts-kill-five"),
    ("a2_arua_world_roundup", "LAPA World Service", "2009-10-13", "https://lakealbertpress.example/digests/world-news-roundup-2009-10-13-0600gmt"),
    ("b1_mallawi_translated_agency", "Wadi News Agency", "2013-11-22", "https://wadinewsagency.example/en/governorates/2013/11/22/mallawi-church-school-fire-guard-killed"),
    ("b2_mallawi_photo_gallery", "Nile Mirror", "2013-11-25", "https://nilemirror.example/en/pictures/2013/11/25/mallawi-church-school-fire-gallery"),
    ("c1_kondagaon_explainer", "The Central India Ledger", "2017-04-05", "https://centralindialedger.example/chhattisgarh/explainers/what-we-know-kondagaon-ied-blast-2017-04-05"),
    ("c2_kondagaon_funerals", "Bastar Bulletin", "2017-04-08", "https://bastarbulletin.example/districts/kondagaon/2017/04/08/village-says-goodbye-blast-victims-toll-four"),
    ("d1_kahta_obituary", "Anatolian Press Review", "2021-03-22", "https://anatolianpressreview.example/en/obituaries/2021/03/22/mehmet-nuri-kalkan-1961-2021"),
    ("d2_kahta_opinion_column", "The Euphrates Observer", "2021-11-02", "https://euphratesobserver.example/opinion/2021/11/02/small-paper-pistol-trial-right-questions"),
    ("e1_granada_correction_story", "Llanos Today", "2005-06-19", "https://llanostoday.example/en/meta/2005/06/19/guerrilla-attack-granada-police-station-four-dead"),
    ("e2_granada_in_brief", "El Correo Nacional", "2005-06-21", "https://elcorreonacional.example/en/regions/2005/06/21/regions-in-brief"),
    ("f1_waihi_tv_drill", "Coromandel Bay TV", "2024-07-17", "https://coromandelbaytv.example/news/local/2024/07/17/waihi-mine-emergency-drill"),
]
write_articles(here, META)
