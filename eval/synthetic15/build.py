#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_mauritania_state_agency", "Agence Nationale d'Information", "2026-10-14", "https://ani-mr.example/en/national/six-members-defence-security-forces-martyred-two-terrorist-attacks-hodhs"),
    ("a2_mauritania_wire", "Sahel Wire", "2026-10-14", "https://sahelwire.example/world/africa/mauritania-security-update-2-2026-10-14"),
    ("a3_mauritania_portal_mt", "Le Réveil du Sahel", "2026-10-16", "https://reveildusahel.example/securite/2026/10/16/attaques-lemreyye-oum-lehbal-bilan-sept-morts-jnim-revendique"),
    ("b1_sangregrande_police_release", "Trinidad and Tobago Police Service", "2026-07-19", "https://ttps.example/media-releases/police-probe-deadly-shooting-at-wake-in-sangre-grande-district"),
    ("b2_sangregrande_tv_transcript", "Carib9 News", "2026-07-20", "https://carib9.example/transcripts/2026-07-20-news-at-seven-wake-shooting-fourth-victim"),
    ("c1_zimbabwe_ngo_alert", "Zimbabwe Civic Peace Monitor", "2026-03-10", "https://zcpm.example/alerts/2026/weekly-alert-10-marondera-gokwe-mutoko"),
    ("c2_marondera_daily", "The Eastern Times", "2026-03-09", "https://easterntimes.example/local-news/residents-leader-found-beaten-after-abduction"),
    ("d1_riocuarto_liveblog", "El Correo Nacional", "2026-05-23", "https://elcorreonacional.example/en/sociedad/live-tragedia-rio-cuarto-incendio-bailable"),
    ("d2_riocuarto_daily", "La Voz del Interior Cordobés", "2026-05-24", "https://vozinteriorcordobes.example/en/sucesos/rio-cuarto-fire-fourth-death-confirmed"),
    ("e1_samraong_ministry", "Ministry of National Defence of Cambodia", "2026-02-19", "https://mnd-kh.example/en/press-release/2026-02-19-thai-artillery-strikes-civilian-village-oddar-meanchey"),
    ("e2_samraong_portal_mt", "Khmer Daily Today", "2026-02-20", "https://khmerdailytoday.example/en/border/2026/02/20/oddar-meanchey-shelling-toll-rises-four"),
    ("f1_liberia_court_weekly", "The Monrovia Observer Weekly", "2026-06-10", "https://monroviaobserverweekly.example/opinion/war-crimes-court-justice-delayed-better-than-buried"),
]
write_articles(here, META)
