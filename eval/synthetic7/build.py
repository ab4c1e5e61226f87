#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_ecuador_roundup", "The Midline Post", "2025-09-15", "https://midlinepost.example/security/2025/09/15/quevedo-cockpit-machala-upc-manta-councillor-sunday-attacks"),
    ("a2_quevedo_local", "Quevedo al Día", "2025-09-18", "https://quevedoaldia.example/en/sucesos/nueve-muertos-gallera-san-camilo-capturan-dos"),
    ("b1_iran_state_agency", "Iran Dispatch News Agency", "2025-12-05", "https://idna.example/en/news/48210377/eleven-defenders-martyred-rask-qasr-e-qand"),
    ("b2_iran_rights_monitor", "Baloch Rights Watch Desk", "2025-12-07", "https://brwd.example/2025/12/07/statement-rusk-ghasr-e-ghand-attacks-mass-arrests/"),
    ("c1_ingushetia_brief", "FNS-Wire", "2025-07-13", "https://fns-wire.example/incidents/2025-07-13/karabulak-dps-post-attackers-neutralised"),
    ("c2_ingushetia_exile", "Kavkaz Letter", "2025-07-15", "https://kavkazletter.example/en/ingushetia/karabulak-post-attack-policeman-dies"),
    ("d1_enga_brief", "Pacific Rim Wire", "2025-03-17", "https://pacificrimwire.example/briefs/png-enga-tribal-violence-12-killed-2025-03-17"),
    ("d2_enga_daily", "The Highlands National", "2025-03-18", "https://highlandsnational.example/highlands/eighteen-bodies-recovered-kumbaen-hamlets-lagaip"),
    ("d3_enga_broadcaster", "Southern Cross Broadcasting", "2025-03-21", "https://scb.example/pacific/2025-03-21/enga-massacre-toll-rises-to-31"),
    ("e1_togo_regional", "Savane Info", "2025-05-21", "https://savaneinfo.example/en/togo/securite/poste-avance-attaque-nuit-dapaong"),
    ("e2_togo_wire", "Gulf of Guinea Press Agency", "2025-05-26", "https://ggpa.example/west-africa/togo-says-six-soldiers-killed-attack-near-burkina-border"),
    ("f1_srilanka_reparations", "The Lanka Ledger", "2025-10-08", "https://lankaledger.example/provincial/families-disappeared-mullaitivu-first-reparation-payments"),
]
write_articles(here, META)
