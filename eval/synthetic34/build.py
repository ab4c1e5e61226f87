#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_luba_port_rns_announcement", "Markets Wire Example", "2026-03-10", "https://marketswire.example/rns/cmlx/2026-03-10/4417Q-security-incident-luba-supply-base"),
    ("a2_luba_port_attack_wire", "Gulf Newswire Example", "2026-03-12", "https://gulfnewswire.example/africa/2026/03/12/equatorial-guinea-luba-port-attack-toll-rises-three"),
    ("b1_beersheba_bus_station_print_page", "The Negev Courier", "2026-11-03", "https://negevcourier.example/e-edition/2026-11-03/page-5"),
    ("b2_beersheba_bus_station_stabbing_web", "SouthNet Example", "2026-11-02", "https://southnet.example/news/beersheba/2026/11/02/stabbing-central-bus-station"),
    ("c1_qabatiya_checkpoint_explainer", "The Levant Ledger Example", "2026-05-22", "https://levantledger.example/middle-east/explainers/2026/05/22/qabatiya-checkpoint-car-bomb-what-we-know"),
    ("c2_qabatiya_checkpoint_car_bomb_news", "Palestine Now Example", "2026-05-21", "https://palestinenow.example/en/west-bank/jenin/2026/05/21/car-bomb-qabatiya-checkpoint-four-officers-killed"),
    ("d1_diekirch_courthouse_arson_bilingual", "Nordstad Journal Example", "2026-09-18", "https://nordstadjournal.example/en/justice/2026/09/18/incendie-justice-de-paix-ourdange-arson-courthouse"),
    ("d2_diekirch_courthouse_fire_brief", "LuxNews24 Example", "2026-09-17", "https://luxnews24.example/en/luxembourg/2026/09/17/fire-village-courthouse-diekirch-arson"),
    ("e1_fuvahmulah_wedding_shooting_news", "Atoll Times Example", "2026-04-11", "https://atolltimes.example/news/2026/04/11/gunmen-open-fire-wedding-reception-fuvahmulah"),
    ("e2_fuvahmulah_wedding_funeral", "Atoll Times Example", "2026-04-17", "https://atolltimes.example/news/2026/04/17/fuvahmulah-buries-second-victim-wedding-shooting"),
    ("f1_encamp_restaurant_gas_explosion", "Pyrenees Post Example", "2026-10-24", "https://pyreneespost.example/en/andorra/2026/10/24/gas-cylinder-explodes-encamp-restaurant-kitchen"),
]
write_articles(here, META)
