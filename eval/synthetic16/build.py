#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_bounkani_state_agency", "AIN (Agence Ivoirienne de Nouvelles), English Service", "2026-05-17", "https://ain-ci.example/en/security/bounkani-gendarmes-soldiers-fall-night-attacks-tehini-doropo"),
    ("a2_bounkani_jnim_portal", "Sahel-Infos", "2026-05-18", "https://sahel-infos.example/securite/2026/05/18/nord-ivoirien-le-jnim-revendique-les-attaques-de-tehini-et-doropo"),
    ("a3_bounkani_weekly", "Le Lagunaire Hebdo", "2026-05-22", "https://lagunairehebdo.example/en/analysis/bounkani-the-northern-front-we-were-told-was-closed"),
    ("b1_srilanka_police_release", "Sri Lanka Police, Police Media Division", "2026-07-15", "https://police.lk.example/index.php/media-releases/2026-07-15-ambalangoda-negombo-tangalle"),
    ("b2_ambalangoda_daily", "The Southern Star", "2026-07-16", "https://southernstar.example/news/2026/07/16/schoolboy-hit-in-ambalangoda-shooting-succumbs"),
    ("c1_kinkala_wire", "Central Africa News Agency", "2026-09-07", "https://cana.example/africa/congo/2026/09/07/gunmen-kill-bus-worker-abduct-seven-passengers-pool"),
    ("c2_kinkala_radio", "Radio Likouala-Mayombe International", "2026-09-09", "https://rlmi.example/en/transcripts/africa-today-2026-09-09-pool-bus-attack"),
    ("d1_gyumri_liveblog", "Ararat News TV", "2026-11-12", "https://araratnews.example/en/live/explosion-gyumri-city-hall"),
    ("d2_gyumri_committee", "Investigative Committee of the Republic of Armenia", "2026-11-13", "https://investigative.am.example/en/news/press-releases/2026-11-13-gyumri-municipality-explosion"),
    ("e1_rubavu_defence_statement", "Ministry of Defence - Rwanda Defence Force", "2026-02-24", "https://mod.gov.rw.example/news/press-releases/cross-border-shelling-rubavu-24-02-2026"),
    ("e2_rubavu_daily", "The Kigali Observer", "2026-02-26", "https://kigaliobserver.example/national/rubavu-shelling-death-toll-rises-to-four"),
    ("f1_fiji_drill", "The Pacific Chronicle", "2026-08-20", "https://pacificchronicle.example/news/2026/08/20/bomb-at-nadi-airport-emergency-exercise"),
]
write_articles(here, META)
