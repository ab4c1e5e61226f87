#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_tura_council_minutes", "Tura Town Council", "2026-03-02", "https://turatowncouncil.example/minutes/2026/02/ordinary-meeting-26-february-2026"),
    ("a2_tura_depot_fire_news", "Garo Hills Chronicle", "2026-02-11", "https://garohillschronicle.example/tura/2026/02/11/six-council-garbage-trucks-gutted-fire-tura-depot"),
    ("b1_hyderabad_checkpoints_explainer", "The Indus Ledger", "2026-05-19", "https://indusledger.example/explainers/hyderabad-checkpoint-bombings-what-we-know"),
    ("b2_hyderabad_first_wire", "Subcontinent Press Agency", "2026-05-17", "https://spa.example/pakistan/2026/05/17/two-blasts-hit-police-checkpoints-hyderabad-update-2"),
    ("c1_claver_company_statement", "Kalinaw Nickel Resources Corporation", "2026-08-06", "https://kalinawnickel.example/newsroom/statement-on-security-incident-near-claver"),
    ("c2_claver_ambush_news", "Mindanao Tribune Online", "2026-08-07", "https://mindanaotribune.example/regions/caraga/2026/08/07/mine-convoy-ambush-toll-rises-to-3"),
    ("d1_jos_terminal_live_blog", "The Plateau Courier", "2026-10-09", "https://plateaucourier.example/live/2026/10/09/bomb-blast-jos-motor-park-latest"),
    ("d2_jos_follow_up_denial", "The Federal Gazette", "2026-10-10", "https://federalgazette-ng.example/news/2026/10/10/jos-motor-park-bomb-governor-blames-armed-group-group-denies"),
    ("e1_world_briefing", "Globe Wire Service", "2026-11-18", "https://globewire.example/briefings/world-briefing-wednesday-18-november-2026"),
    ("e2_salamanca_councillor_report", "Bajío Post", "2026-11-19", "https://bajiopost.example/en/guanajuato/2026/11/19/salamanca-councillor-shot-dead-lone-gunman"),
    ("f1_tanauan_shell_disposal", "Eastern Visayas Herald", "2026-07-14", "https://evherald.example/leyte/2026/07/14/army-destroys-old-mortar-shell-tanauan"),
]
write_articles(here, META)
