#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_iraq_twin_bombs_wire", "Levant & Gulf Newswire", "2026-03-06", "https://lgnwire.example/world/middle-east/2026/03/06/two-blasts-kill-at-least-11-iraq-salahuddin"),
    ("a2_iraq_parliament_debate", "Parliament of the Commonwealth of Northmere", "2026-03-09", "https://hansard.parliament-northmere.example/house/2026-03-09/debates/iraq-attacks-in-salahuddin"),
    ("b1_limbe_match_report", "PitchSide Cameroon", "2026-04-25", "https://pitchside-cm.example/elite-two/2026/04/25/mariners-edge-rovers-gate-attack-halts-limbe-derby"),
    ("b2_limbe_regional_daily", "The Mount Fako Observer", "2026-04-27", "https://mountfakoobserver.example/news/2026/04/27/limbe-stadium-attack-teenage-spectator-dies-toll-rises-to-three"),
    ("c1_paris_police_blotter", "City of Paris, Texas - Police Department", "2026-06-15", "https://paristx-city.example/police/daily-activity-report/2026-06-13"),
    ("c2_paris_obituary_notice", "Harlan & Greaves Funeral Home", "2026-06-19", "https://harlangreaves.example/obituaries/loretta-mae-whitcombe-1961-2026"),
    ("d1_baidoa_ngo_appeal", "Tamarind Health Alliance", "2026-04-14", "https://tamarindhealth.example/appeals/baidoa-clinic-emergency-appeal"),
    ("d2_somalia_travel_advisory", "Department of Foreign Affairs and Consular Services", "2026-04-20", "https://travel.dfacs.example/destinations/africa/somalia"),
    ("e1_florencia_insurance_notice", "Seguros Orteguaza", "2026-09-22", "https://orteguaza.example/en/claims/notices/2026-041-explosion-carrera-los-yarumos-florencia"),
    ("e2_florencia_radio_phone_in", "Radio Andaquí 98.4 FM", "2026-09-21", "https://radioandaqui.example/podcasts/florencia-opina/2026-09-21-bomb-carrera-los-yarumos"),
    ("f1_kitui_fact_check", "TruthLens Kenya", "2026-07-08", "https://truthlens-ke.example/fact-checks/2026/07/08/no-bomb-attack-kitui-bus-park"),
]
write_articles(here, META)
