#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_toowoomba_mall_shooting_live_blog", "Darling Downs Daily", "2026-11-14", "https://darlingdownsdaily.example/live/2026/11/14/toowoomba-shopping-centre-shooting"),
    ("b1_ballinasloe_arson_police_appeal", "An Garda Síochána - Galway Division", "2026-03-11", "https://garda-appeals.example/galway/appeals/2026-0412-knockanarra-community-centre-fire"),
    ("b2_ballinasloe_arson_claim_local_paper", "East Galway Voice", "2026-03-12", "https://eastgalwayvoice.example/news/2026/03/12/group-claims-knockanarra-hall-fire"),
    ("c1_ponferrada_tax_office_radio_transcript", "Radio Bierzo Abierto", "2026-05-18", "https://radiobierzoabierto.example/en/programmes/el-bierzo-esta-tarde/2026-05-18/transcript-segment-1"),
    ("c2_ponferrada_parcel_bomb_wire", "Iberwire", "2026-05-19", "https://iberwire.example/en/spain/20260519-group-claims-ponferrada-parcel-bomb"),
    ("d1_drammen_bus_station_fact_check", "FaktaSjekk Norden", "2026-09-24", "https://faktasjekk-norden.example/en/fact-checks/2026/09/24/video-does-not-show-drammen-attack"),
    ("d2_drammen_bus_station_bomb_news", "Buskerud Nytt", "2026-09-22", "https://buskerudnytt.example/english/2026/09/22/two-killed-explosion-drammen-bus-station"),
    ("e1_tudela_festival_stabbing_first_report", "Noticias Hoy España", "2026-07-26", "https://noticiashoy-espana.example/en/spain/2026/07/26/knife-attack-tudela-festival"),
    ("e2_tudela_festival_stabbing_corrected", "Noticias Hoy España", "2026-07-27", "https://noticiashoy-espana.example/en/spain/2026/07/27/tudela-festival-stabbings-four-killed-police"),
    ("e3_linares_cafe_shooting_one_year_on", "El Correo del Santo Reino", "2026-10-03", "https://correosantoreino.example/en/linares/2026/10/03/one-year-on-cafe-miralrio"),
    ("f1_vaduz_stadium_bomb_hoax", "Ländle Anzeiger Online", "2026-04-18", "https://laendle-anzeiger.example/en/land/2026/04/18/bomb-threat-empties-vaduz-stadium"),
]
write_articles(here, META)
