#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_tetovo_parliament", "Sobranie Watch", "2026-09-15", "https://sobraniewatch.example/en/plenary/2026-09-15-minister-tetovo-checkpoint-attack"),
    ("a2_tetovo_denial_wire", "Balkan Newswire", "2026-09-16", "https://balkannewswire.example/security/2026/09/16/wounded-officer-dies-tetovo-group-denies-link"),
    ("b1_belarus_state_agency", "BelNews National Information Agency", "2026-05-17", "https://belnews.example/en/incidents/terrorist-acts-railway-orsha-osipovichi-20260517"),
    ("b2_belarus_exile_telegram", "Nasha Svaboda", "2026-05-18", "https://nashasvaboda.example/en/2026/05/18/pahonia-brigade-claims-double-strike-railway"),
    ("c1_guineabissau_weekly_brief", "Meridian Risk Partners", "2026-07-13", "https://meridianrisk.example/briefs/guinea-bissau/gw-2026-28"),
    ("c2_gabu_translated_daily", "O Leste Diário", "2026-07-14", "https://olestediario.example/en/regioes/2026/07/14/ataque-minibus-sintcha-sambel-terceira-vitima"),
    ("d1_honiara_social_roundup", "Pacific Pulse", "2026-10-24", "https://pacificpulse.example/social-watch/honiara-market-knife-attack-lawson-tama-crush"),
    ("d2_honiara_radio_transcript", "Wantok FM", "2026-10-26", "https://wantokfm.example/transcripts/morning-talanoa-2026-10-26"),
    ("e1_outapi_agency", "NamNews (The Namibian News Agency)", "2026-03-21", "https://namnews.example/national/2026/03/21/two-burnt-to-death-petrol-bomb-outapi-shebeen"),
    ("e2_outapi_northern_daily", "Northern Star", "2026-03-24", "https://northernstar.example/news/outapi-shebeen-fire-death-toll-climbs-to-four"),
    ("f1_limassol_anniversary", "The Cyprus Observer", "2026-06-05", "https://cyprusobserver.example/cyprus/2026/06/05/one-year-after-limassol-car-bomb"),
]
write_articles(here, META)
