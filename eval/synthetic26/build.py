#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_villach_police_release", "Carinthia State Police Directorate", "2026-04-16", "https://polizei-kaernten.example/en/press/2026/214-shooting-villach-main-station"),
    ("a2_villach_what_we_know", "Alpen-Adria Today", "2026-04-18", "https://alpenadriatoday.example/carinthia/villach-station-shooting-what-we-know"),
    ("b1_belgium_weekly_sitrep", "Benelux Risk Monitor", "2026-03-06", "https://beneluxrisk.example/reports/belgium/2026-week-10"),
    ("b2_mechelen_local_daily", "Dijlebode", "2026-03-04", "https://dijlebode.example/en/mechelen/parcel-bomb-town-hall-office"),
    ("c1_goerlitz_court_verdict", "Lausitz Rundschau Online", "2026-05-21", "https://lausitzrundschau.example/en/region/courts/zittau-hostel-fire-verdict"),
    ("c2_riesa_regional_brief", "Elbe-Röder-Kurier", "2026-05-19", "https://elbe-roeder-kurier.example/en/police/riesa-fire-asylum-shelter-two-hurt"),
    ("d1_arnhem_social_thread", "Chirpr", "2026-09-12", "https://chirpr.example/Politie_ArnhemCtr/status/1834471120394"),
    ("d2_arnhem_wire", "Lowlands Press Agency", "2026-09-12", "https://lpa-wire.example/netherlands/arnhem-knife-attack-update-2"),
    ("e1_viseu_funeral", "Beira Notícias", "2026-10-23", "https://beiranoticias.example/en/viseu/funeral-corporal-nuno-serodio"),
    ("e2_braganca_ambush_news", "Portugal Diário Digital", "2026-10-16", "https://pdd.example/en/country/gnr-officer-killed-ambush-braganca"),
    ("f1_thunder_bay_anniversary", "Northshore Current", "2026-06-14", "https://northshorecurrent.example/thunder-bay/harbourview-hall-bombing-40-years"),
]
write_articles(here, META)
