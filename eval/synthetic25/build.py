#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_latvia_2026_timeline", "OpenAnnals", "2026-12-02", "https://openannals.example/wiki/2026_in_Latvia"),
    ("a2_rezekne_regional_news", "Latgale Online", "2026-08-09", "https://latgaleonline.example/en/region/2026/08/09/customs-officer-car-bomb-rezekne"),
    ("b1_plock_live_updates", "Vistula News", "2026-06-20", "https://vistulanews.example/en/live/plock-festival-van-crowd"),
    ("b2_plock_translated_daily", "Tygodnik Mazowiecki Codziennie", "2026-06-22", "https://tygodnikmazowiecki.example/en/plock/2026/06/22/czwarta-ofiara-ataku-na-bulwarach"),
    ("c1_croatia_ministry_statement", "Ministry of the Interior (Croatia)", "2026-09-16", "https://mup.example/en/press-releases/2026/09/statement-hostage-situation-slavonski-brod"),
    ("c2_slavonski_brod_wire", "Adria Wire", "2026-09-17", "https://adriawire.example/world/europe/croatia-bank-hostages-slavonski-brod-2026-09-16"),
    ("d1_italy_saturday_roundup", "Penisola Oggi", "2026-10-25", "https://penisolaoggi.example/en/crime/2026/10/25/grenade-foggia-bar-ambush-calabria"),
    ("d2_crotone_local_ambush", "Il Corriere del Marchesato", "2026-10-26", "https://corrieredelmarchesato.example/en/province/vallone-cupo-ambush-fam-video-denial"),
    ("e1_press_freedom_alert_rivera", "Open Microphone Watch", "2026-07-15", "https://openmicrophone.example/en/alerts/2026/07/uruguay-journalist-killed-rivera"),
    ("e2_rivera_local_daily", "Diario La Frontera", "2026-07-16", "https://diariolafrontera.example/en/policiales/caso-ferreyra-custodio-detenido-moto-tranqueras"),
    ("f1_darwin_airport_exercise", "Top End Tribune", "2026-05-14", "https://topendtribune.example/news/darwin/exercise-saltwater-gate-airport-terror-drill"),
]
write_articles(here, META)
