#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_hola_kipini_live_updates", "Kilele News Agency", "2014-06-21", "https://kilelenews.example/live/2014/06/21/hola-kipini-attacks"),
    ("a2_hola_kipini_names_of_the_dead", "The Tana Mirror", "2014-06-22", "https://tanamirror.example/news/2014/06/22/hola-kipini-mourn-twelve"),
    ("b1_khanaqin_kut_wire_story", "Orbis Wire", "2008-10-16", "https://orbiswire.example/article/2008/10/16/iraq-khanaqin-bomb-update-2"),
    ("b2_khanaqin_editorial", "The Baghdad Ledger", "2008-10-20", "https://baghdadledger.example/opinion/editorials/2008/10/20/khanaqin-sheep-market"),
    ("c1_isabela_broadcaster_social_posts", "DZMB Balita Online", "2017-08-26", "https://dzmbbalita.example/regions/mindanao/08/26/17/isabela-city-wharf-blast"),
    ("c2_isabela_survivor_interview", "Sulu Sea Review", "2017-09-04", "https://suluseareview.example/interviews/2017/09/04/isabela-wharf-vendor"),
    ("d1_aguililla_regional_daily_related", "El Vigía de Tierra Caliente", "2021-05-19", "https://vigiatierracaliente.example/en/seguridad/2021/05/19/emboscada-aguililla"),
    ("d2_aguililla_court_report", "Michoacán Judicial Reporter", "2022-06-09", "https://michjudicial.example/sentences/2022/06/09/aguililla-ambush-60-years"),
    ("e1_tsafe_morning_briefing", "The Savannah Dispatch", "2019-03-15", "https://savannahdispatch.example/newsletters/morning/2019-03-15"),
    ("e2_tsafe_week_in_review", "Northern Courier Weekly", "2019-03-16", "https://northerncourier.example/magazine/2019/issue-11/week-in-review"),
    ("f1_estepona_film_shoot_radio", "Coast Wave Radio", "2023-10-11", "https://coastwave.example/news/local/2023/10/11/estepona-film-crew-car-explosion"),
]
write_articles(here, META)
