#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("p1_peru_communique", "Peru Andes Report", "2025-08-08", "https://peruandesreport.example/security/vraem/2025/08/08/joint-command-communique-two-soldiers-killed-santa-rosa-ambush"),
    ("p2_peru_lima_daily", "El Correo Limeño", "2025-08-10", "https://correolimeno.example/en/peru/tercer-soldado-muere-emboscada-santa-rosa-vraem"),
    ("a1_algeria_mdn_weekly", "Algeria News Digest", "2025-09-10", "https://algerianewsdigest.example/official-texts/anp-operational-results-3-9-september-2025"),
    ("a2_algeria_funeral_daily", "Le Courrier de l'Est Algérien", "2025-09-08", "https://courrierdelest.example/en/regions/jijel-martyrs-texenna-laid-to-rest"),
    ("u1_uganda_police_statement", "Uganda Police Force", "2025-10-13", "https://upf.example/press-releases/press-statement-explosion-bar-kasese-municipality"),
    ("u2_uganda_kampala_daily", "The Kampala Chronicle", "2025-10-15", "https://kampalachronicle.example/news/kasese-bar-blast-death-toll-rises-to-seven-islamic-state-claims"),
    ("b1_burundi_state_radio", "Radio-Télévision du Peuple Burundais", "2025-11-22", "https://rtpb.example/en/security/grenade-attacks-bujumbura-gitega-two-dead-thirty-wounded"),
    ("b2_burundi_exile_site", "Ijwi ry'Abahunga", "2025-11-23", "https://ijwi.example/2025/11/23/grenades-bujumbura-gitega-toll-three-red-tabara-denies/"),
    ("c1_car_radio_brief", "Radio Lingo FM", "2025-06-04", "https://radiolingo.example/en/flash/three-humanitarian-workers-kidnapped-kaga-bandoro-driver-killed"),
    ("c2_car_wire", "Afrique Centrale Presse", "2025-06-10", "https://acp-wire.example/english/car-aid-workers-freed-kaga-bandoro-peacekeeper-killed-batangafo"),
    ("l1_libya_mitiga_correction", "Tripoli Dispatch Online", "2025-04-17", "https://tripolidispatch.example/tripoli/rockets-hit-mitiga-airport-flights-diverted-misrata"),
    ("n1_libya_misrata_vote", "Western Libya Weekly", "2025-05-20", "https://westernlibyaweekly.example/politics/misrata-municipal-election-postponed-second-time"),
]
write_articles(here, META)
