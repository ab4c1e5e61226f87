#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_gulf_weekly_incident_digest", "Gulf Field Safety Network", "2026-04-07", "https://gfsn.example/en/digests/2026/week-14-oman-qatar"),
    ("a2_al_khor_camp_firebomb_news", "The Peninsula Courier", "2026-04-03", "https://peninsulacourier.example/qatar/2026/04/03/three-workers-burned-firebombs-al-khor"),
    ("b1_jeonju_market_photo_gallery", "Honam Today", "2026-10-18", "https://honamtoday.example/en/photos/2026/10/18/van-ploughs-into-crowd-jeonju-market"),
    ("b2_jeonju_market_wire", "KoreaWire", "2026-10-17", "https://koreawire.example/national/society/20261017-four-killed-van-jeonju-market"),
    ("c1_sur_police_station_explainer", "Oman Observer Online", "2026-06-16", "https://omanobserver-online.example/explainers/2026/06/16/sur-police-station-attack-what-we-know"),
    ("c2_sur_blamed_group_denies", "Gulf Times Network", "2026-06-15", "https://gulftimesnetwork.example/gulf/2026-06-15/group-named-by-oman-denies-role-sur-attack"),
    ("d1_woodlands_bus_stop_eyewitness", "The Lion City Review", "2026-09-15", "https://lioncityreview.example/opinion/personal-essay/2026/09/15/i-was-buying-bread-when-the-shots-began"),
    ("d2_woodlands_man_charged", "StraitsNow", "2026-09-12", "https://straitsnow.example/singapore/2026/09/12/man-charged-murder-woodlands-bus-stop-shooting"),
    ("e1_kawerau_constable_in_memoriam", "Police Association Aotearoa", "2026-07-16", "https://policeassociation-aotearoa.example/in-memoriam/constable-hemi-torrance"),
    ("e2_kawerau_checkpoint_shooting_news", "Bay Current", "2026-07-05", "https://baycurrent.example/news/2026/07/05/officer-critical-shooting-checkpoint-kawerau"),
    ("f1_hamrun_wartime_bomb_detonated", "Malta Harbour Post", "2026-05-20", "https://maltaharbourpost.example/local/2026-05-20/wartime-bomb-hamrun-detonated-safely"),
]
write_articles(here, META)
