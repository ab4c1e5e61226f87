#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_brazil_explainer", "Brazil Bulletin", "2026-04-14", "https://brazilbulletin.example/sao-paulo/2026/04/14/votuporanga-school-attack-what-we-know"),
    ("a2_brazil_wire_corrected", "SouthCone Wire", "2026-04-15", "https://southconewire.example/americas/brazil-three-dead-knife-attack-votuporanga-school-toll-revised-idSCW20260415"),
    ("b1_guatemala_site", "Chapinlandia Noticias", "2026-02-09", "https://chapinlandia.example/en/nacional/ataques-buses-mixco-villa-nueva-cuatro-muertos"),
    ("b2_guatemala_press_conference", "Ministry of the Interior of Guatemala", "2026-02-10", "https://mingob-gt.example/press-room/transcripts/2026-02-10-press-conference-attacks-urban-transport"),
    ("c1_tajikistan_state_agency", "Tojikinform", "2026-06-21", "https://tojikinform.example/en/regions/2026/06/21/two-civilians-killed-vorukh-mortars"),
    ("c2_tajikistan_regional", "Fergana Valley Monitor", "2026-06-23", "https://fvmonitor.example/tajikistan/2026/06/23/vorukh-shelling-toll-rises-to-three"),
    ("d1_senegal_army_communique", "Teranga Direct", "2026-08-13", "https://terangadirect.example/en/regions/casamance-deux-soldats-tues-mine-bignona"),
    ("d2_senegal_daily", "Le Soleil du Sud", "2026-08-15", "https://soleildusud.example/english/casamance/kagnarou-mine-third-soldier-dies-mfdc-faction-suspected"),
    ("e1_tanzania_daily", "The Coastal Herald", "2026-10-05", "https://coastalherald.example/news/regions/six-villagers-killed-in-night-raid-near-tandahimba-police-say"),
    ("e2_tanzania_local", "Kusini Leo Online", "2026-10-10", "https://kusinileo.example/english/mtwara-tandahimba-raid-death-now-8-islamic-state-claim"),
    ("f1_honduras_congress", "Honduras Hoy", "2026-09-17", "https://english.hondurashoy.example/politica/congress-extends-state-of-exception-45-days"),
    ("g1_venezuela_brief", "Andes News Agency", "2026-05-13", "https://andesnews.example/en/briefs/20260513-venezuela-two-guardsmen-killed-apure-checkpoint"),
]
write_articles(here, META)
