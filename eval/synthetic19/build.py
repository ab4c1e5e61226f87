#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_termez_state_agency", "UzNews National Information Agency", "2026-05-12", "https://uznews.example/en/security/2026/05/12/two-border-guards-die-terrorist-attack-surxondaryo"),
    ("a2_termez_iskp_statement", "Central Asia Observer", "2026-05-13", "https://caobserver.example/uzbekistan/2026/05/13/wilayat-khorasan-uzbek-border-guards"),
    ("a3_termez_almaty_weekly", "The Steppe Review", "2026-05-23", "https://steppereview.example/region/2026/05/23/the-quiet-river-termez-attack"),
    ("b1_djibouti_defence_release", "Ministry of Defence of the Republic of Djibouti", "2026-07-23", "https://defense.dj.example/en/communiques/2026/07/23/041-attaques-dorra-obock"),
    ("b2_djibouti_radio", "Radio Horizon Afrique", "2026-07-24", "https://horizonafrique.example/en/transcripts/horn-desk-2026-07-24-djibouti-night-attacks"),
    ("c1_lesotho_week_timeline", "The Maloti Mirror", "2026-09-21", "https://malotimirror.example/crime-courts/2026/09/21/week-in-review-tavern-kidnapped-schoolboy-village-fire"),
    ("c2_mafeteng_police_release", "Lesotho Mounted Police Service", "2026-09-15", "https://lmps.example/media-releases/2026-09-15-shooting-incident-tavern-mafeteng"),
    ("d1_kraljevo_liveblog", "RTV Pulse", "2026-10-13", "https://rtvpulse.example/en/live/2026/10/13/knife-attack-kraljevo-bus-station"),
    ("d2_belgrade_oped", "Vreme novog dana", "2026-10-13", "https://vremenovogdana.example/en/columns/2026/10/13/psychiatric-wards-are-full"),
    ("e1_serhetabat_exile_site", "Turkmen Horizon", "2026-11-05", "https://turkmenhorizon.example/en/border/2026/11/05/two-children-killed-shells-serhetabat"),
    ("e2_serhetabat_interview", "EurAsia Voice", "2026-11-07", "https://eurasiavoice.example/central-asia/2026/11/07/interview-serhetabat-resident-shells"),
    ("f1_podgorica_court", "Dnevnik Podgorica", "2026-11-24", "https://dnevnikpodgorica.example/en/crime-courts/2026/11/24/budva-car-bomb-trial-witness"),
]
write_articles(here, META)
