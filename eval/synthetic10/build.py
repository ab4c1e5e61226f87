#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_canete_national", "Southern Cone Review", "2026-05-24", "https://southernconereview.example/security/2026/05/24/canete-night-security-chief-shot-checkpoint-farmhouse-fired-on"),
    ("a2_canete_local_radio", "Radio Costa Arauco", "2026-05-25", "https://radiocostaarauco.example/en/canete/carabinero-grave-sabado-violento"),
    ("b1_lebanon_wire_brief", "Levant Newswire", "2026-03-10", "https://levantnewswire.example/briefs/2026-03-10/israeli-strike-nabatieh-building-four-dead"),
    ("b2_lebanon_state_agency", "Lebanese State News Service", "2026-03-11", "https://lsns.example/en/news/south/880412/five-martyrs-nabatiyeh-two-sour-entrance"),
    ("b3_lebanon_beirut_daily", "The Cedar Ledger", "2026-03-12", "https://cedarledger.example/news/2026/03/12/nabatieh-strike-toll-seven-rubble"),
    ("c1_lankaran_state_brief", "AZ-State Information Agency", "2026-09-15", "https://azsia.example/en/incidents/20260915-lenkeran-deputy-head-killed-explosion"),
    ("c2_lankaran_exile", "Meydan Watch", "2026-09-19", "https://meydanwatch.example/2026/09/19/lenkoran-bombing-driver-dies-three-detained/"),
    ("d1_chalatenango_police_release", "PNC en Línea", "2026-07-20", "https://pnc-enlinea.example/en/releases/pnc-0719-2026-capturan-terroristas-chalatenango"),
    ("d2_chalatenango_digital", "El Faro del Norte", "2026-07-23", "https://elfarodelnorte.example/english/2026/07/23/nina-herida-los-achiotes-muere"),
    ("e1_welega_regional_statement", "Oromia Region Government Communication Bureau", "2026-10-09", "https://social.example/OromiaCommunicationBureau/posts/2026-10-09-statement-gimbi-nejo"),
    ("e2_welega_diaspora_site", "Horn Observer", "2026-10-12", "https://hornobserver.example/ethiopia/2026/10/12/ola-claims-ghimbi-nedjo-raids-hospital-14-dead"),
    ("f1_garissa_teachers", "The Northern Frontier Standard", "2026-11-26", "https://nfstandard.example/counties/garissa/senators-told-north-east-lost-1900-teachers"),
]
write_articles(here, META)
