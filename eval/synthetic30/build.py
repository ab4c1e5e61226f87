#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_shrewsbury_evening_timeline", "The Marches Herald", "2026-10-10", "https://marchesherald.example/news/shropshire/2026/10/10/shrewsbury-knife-attack-how-the-evening-unfolded"),
    ("a2_shrewsbury_wire_report", "Albion Press Wire", "2026-10-09", "https://albionpress.example/uk/2026-10-09/two-killed-knife-attack-shrewsbury"),
    ("b1_xaghra_police_press_release", "Malta Police Force", "2026-03-17", "https://police-mt.example/press/2026/PR-GZ-0317-2026.pdf"),
    ("b2_xaghra_cell_claims_bomb", "The Gozo Observer", "2026-03-19", "https://gozoobserver.example/en/news/2026/03/19/anarchist-cell-claims-xaghra-pipe-bomb"),
    ("c1_novo_mesto_shooting_brief", "Dolenjska Online", "2026-02-11", "https://dolenjska-online.example/en/2026/02/11/man-shot-dead-near-novo-mesto"),
    ("c2_ljubljana_court_report", "The Slovenia Times Review", "2026-02-11", "https://sloveniatimesreview.example/courts/2026/02/11/kranj-petrol-station-trial-cashier-colleague"),
    ("d1_reykjanesbaer_mayor_interview", "North Atlantic Review", "2026-05-24", "https://northatlanticreview.example/interviews/2026/05/24/reykjanesbaer-mayor-after-the-fire"),
    ("d2_reykjanesbaer_fire_brief", "Suðurnes Daily", "2026-05-23", "https://sudurnesdaily.example/en/news/2026-05-23/three-injured-fire-asylum-centre"),
    ("e1_lugano_cafe_bilingual", "TicinoNow", "2026-07-04", "https://ticinonow.example/lugano/2026/07/04/grenade-cafe-cassarate"),
    ("e2_lugano_club_denies", "Helvetia Wire", "2026-07-05", "https://helvetiawire.example/en/switzerland/2026-07-05/motorcycle-club-denies-lugano-grenade"),
    ("f1_luxembourg_metro_thriller_review", "Lux Screen", "2026-11-12", "https://luxscreen.example/en/series/reviews/linn-0-review"),
]
write_articles(here, META)
