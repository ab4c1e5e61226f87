#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_tulsipur_weekly_print_page", "The Rapti Weekly Messenger", "2005-03-17", "https://raptisandesh.example/epaper/2061/chaitra-04/page-1"),
    ("a2_tulsipur_survivor_interview", "Himal Crossroads", "2005-03-22", "https://himalcrossroads.example/interviews/2005/03/22/tulsipur-bus-park-survivor"),
    ("b1_izberbash_buynaksk_timeline", "Caucasus Lens", "2011-09-21", "https://caucasuslens.example/en/regions/dagestan/2011/09/21/izberbash-buynaksk-what-we-know"),
    ("b2_izberbash_buynaksk_security_roundup", "Frontier Risk Weekly", "2011-09-23", "https://frontierrisk.example/roundup/2011-38"),
    ("c1_muyinga_police_statement_repost", "Burundi Horizon", "2015-11-08", "https://burundihorizon.example/securite/2015/11/08/muyinga-grenades-bar-police"),
    ("c2_muyinga_obituary", "The Eastern Hills Courier", "2015-11-16", "https://easternhillscourier.example/obituaries/2015/11/16/odette-kankindi"),
    ("d1_guilmaro_ngo_situation_update", "Sahel Bridges Relief", "2022-02-21", "https://sahelbridges.example/reports/benin/2022/atakora-alibori-update-4"),
    ("d2_guilmaro_opinion_column", "La Tribune du Nord", "2022-10-12", "https://tribunedunord.example/en/opinion/2022/10/12/the-north-is-not-a-map-of-red-zones"),
    ("e1_gros_morne_breaking_news", "Radyo Lakay Nouvèl", "2024-04-28", "https://radyolakay.example/en/artibonite/2024/04/28/gros-morne-ravine-seche-raid-live"),
    ("e2_gros_morne_fact_check", "Vérité Karayib", "2024-05-02", "https://veritekarayib.example/en/checks/2024/05/02/gros-morne-40-dead-false"),
    ("f1_tomar_controlled_explosion_explainer", "RTC Centro", "2019-06-05", "https://rtccentro.example/en/regiao/2019/06/05/tomar-two-blasts-explainer"),
]
write_articles(here, META)
