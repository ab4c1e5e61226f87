#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_santacruz_liveblog", "Oriente Visión 24", "2026-08-15", "https://orientevision24.example/en/seguridad/live-noche-violenta-santa-cruz-reten-radio-bus"),
    ("a2_bolivia_daily", "El Correo Nacional", "2026-08-16", "https://elcorreonacional.example/en/security/2026/08/16/second-policeman-dies-santa-cruz-checkpoint-los-tiburones"),
    ("b1_chad_state_agency", "Agence Tchadienne de Presse et d'Information", "2026-10-07", "https://atpi.example/en/regions/mandoul-treize-morts-deux-villages-gouverneur"),
    ("b2_chad_ngo_release", "Sahel Relief Alliance", "2026-10-09", "https://sahelrelief.example/newsroom/2026/10/chad-mandoul-village-raids-17-killed-displaced"),
    ("c1_jordan_wire", "Pan-Levant News Exchange", "2026-03-04", "https://pnx.example/middle-east/2026/03/04/two-jordanian-police-killed-checkpoint-south"),
    ("c2_jordan_local", "Ma'an Today", "2026-03-09", "https://maantoday.example/en/local/third-policeman-dies-checkpoint-attack"),
    ("d1_sinai_cairo_daily", "The Nile Observer", "2026-05-19", "https://nileobserver.example/egypt/2026/05/19/four-soldiers-martyred-north-sinai-checkpoint"),
    ("d2_sinai_monitor", "Sinai Lens", "2026-05-22", "https://sinailens.example/reports/2026-05-22-bir-el-abd-kilo-12-checkpoint-attack"),
    ("e1_shymkent_brief", "QazWire", "2026-11-12", "https://qazwire.example/en/incidents/2026/11/12/shymkent-bus-explosion-two-killed"),
    ("e2_shymkent_local", "ShymkentInfo", "2026-11-14", "https://shymkentinfo.kz.example/en/news/bus-explosion-toll-three-suspect-detained"),
    ("f1_srilanka_bill", "The Colombo Chronicle", "2026-09-24", "https://colombochronicle.example/news/counter-terror-bill-clears-second-reading"),
]
write_articles(here, META)
