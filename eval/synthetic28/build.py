#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_lucenec_amp_page", "Stred24", "2026-05-16", "https://stred24.example/amp/en/region/bomb-saturday-market-lucenec-nine-dead"),
    ("a2_lucenec_agency_update", "CEPA Central European Press Agency", "2026-05-17", "https://cepa-wire.example/slovakia/2026-05-17/lucenec-market-bomb-toll-rises-to-11"),
    ("b1_jihlava_live_page", "Den a Noc", "2026-02-10", "https://denanoc.example/en/live/2026/02/10/hostage-taking-bank-jihlava"),
    ("b2_jihlava_followup", "Den a Noc", "2026-02-11", "https://denanoc.example/en/domestic/2026/02/11/jihlava-bank-siege-two-hostages-killed"),
    ("c1_szolnok_translated_local", "Tiszavidéki Napló", "2026-09-18", "https://tiszavidekinaplo.example/en/bunugy/robbanas-alsoreten-ot-halott-a-golya-fogadoban"),
    ("c2_szolnok_wire", "CentralWire", "2026-09-19", "https://centralwire.example/world/europe/hungary-inn-bombing-toll-rises-to-seven-2026-09-19"),
    ("d1_albina_opinion_column", "The Paramaribo Review", "2026-11-03", "https://paramariboreview.example/opinion/2026/11/03/albina-is-not-an-accident"),
    ("d2_albina_checkpoint_news", "Suriname Current", "2026-11-02", "https://surinamecurrent.example/en/districts/2026/11/02/three-officers-killed-checkpoint-albina"),
    ("e1_morning_newsletter", "The Baltic Ledger", "2026-03-26", "https://balticledger.example/newsletters/morning-briefing/2026-03-26"),
    ("e2_tartu_viljandi_arson", "Päevapilt News", "2026-03-26", "https://paevapilt.example/en/estonia/2026/03/26/two-party-offices-set-on-fire-northern-ash"),
    ("f1_ireland_match_report", "The Terrace", "2026-08-15", "https://theterrace.example/fai-cup/drogheda-athletic-4-0-sligo-wanderers-report"),
]
write_articles(here, META)
