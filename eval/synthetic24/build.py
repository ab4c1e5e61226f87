#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_bhutan_ngo_pdf_report", "Foothills NGO Safety Platform", "2026-11-05", "https://fnsp.example/reports/mso/2026-10-southern-bhutan.pdf"),
    ("a2_bhutan_wire_new_delhi", "Asia Wire Service", "2026-10-14", "https://asiawire.example/world/asia/bhutan-rebels-police-post-army-vehicle-four-killed"),
    ("b1_jahra_tv_transcript", "Gulf Horizon TV", "2026-02-06", "https://gulfhorizon.example/transcripts/evening-file/2026-02-06-jahra-market"),
    ("b2_jahra_amp_page", "Kuwait Now", "2026-02-07", "https://kuwaitnow.example/amp/local/jahra-bombing-toll-rises-to-five"),
    ("c1_oriental_forwarded_digest", "lists.ngo-maghreb.example (oriental-security archive)", "2026-04-13", "https://lists.ngo-maghreb.example/archives/oriental-security/2026-April/000412.html"),
    ("c2_ain_beni_mathar_bus_local", "Oriental Info", "2026-04-13", "https://orientalinfo.example/en/oujda/passenger-shot-coach-hijacking-ain-beni-mathar-dies"),
    ("c3_bouarfa_ngo_statement", "Waha Water Partnership", "2026-04-09", "https://waha-partnership.example/en/news/statement-abduction-colleagues-bouarfa"),
    ("d1_central_radio_bulletin", "Tswelelo FM 101.4", "2026-06-08", "https://tswelelofm.example/news/bulletins/2026-06-08-0700"),
    ("d2_mahalapye_watchman_followup", "The Central Tribune", "2026-06-10", "https://centraltribune.example/news/mmamoloi-mourns-watchman-killed-in-school-fire"),
    ("e1_dembeni_doctor_column", "Lagon Matin", "2026-08-27", "https://lagonmatin.example/en/opinions/on-saturday-night-they-came-for-the-clinic"),
    ("f1_mauritius_football_report", "ÎleSport.mu", "2026-10-04", "https://ilesport.example/football/super-league/mariners-massacre-curepipe-5-0"),
]
write_articles(here, META)
