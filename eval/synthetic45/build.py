#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kohat_hangu_wire", "Meridian Wire Service", "2026-02-11", "https://meridianwire.example/world/asia-pacific/2026/02/11/pakistan-police-checkpoint-girls-school-hit-overnight"),
    ("a2_kohat_hangu_monitoring_claim", "Extremist Channel Watch", "2026-02-12", "https://channelwatch.example/portal/items/2026-0212-pk-04"),
    ("b1_sumy_repair_tender", "Sumy City Electric Transport", "2026-04-02", "https://sumy-electrotrans.example/en/procurement/2026-et-117"),
    ("b2_sumy_regional_daily", "Sumy Courier", "2026-03-15", "https://sumycourier.example/en/news/2026/03/15/night-drones-substation-trolleybus-depot"),
    ("c1_bandiagara_embassy_message", "Embassy of the Republic of Norrland in Bamako", "2026-05-08", "https://norrland-mfa.example/mali/security-messages/2026-14"),
    ("c2_bandiagara_thinktank_digest", "Sahel Policy Lab", "2026-05-11", "https://sahelpolicylab.example/digest/311"),
    ("d1_chiquimula_opinion_column", "El Faro de Oriente", "2026-06-19", "https://elfarodeoriente.example/opinion/2026/06/19/quien-hablara-en-la-radio-a-las-nueve"),
    ("d2_chiquimula_wiki_talk", "OpenEncyclopedia", "2026-06-19", "https://openencyclopedia.example/wiki/Talk:Killing_of_Ernesto_Paiz_Villatoro"),
    ("e1_poso_election_results", "Sulteng Poll Centre", "2026-11-20", "https://sultengpoll.example/en/pilkada-2026/poso/results"),
    ("e2_poso_police_roll_of_honour", "Polda Sulawesi Tengah", "2026-11-23", "https://polda-sulteng.example/en/roll-of-honour"),
    ("f1_hakodate_ski_federation_statement", "Hokkaido Junior Ski Association", "2026-01-26", "https://hjsa-ski.example/en/news/2026-01-26-chairlift-statement"),
]
write_articles(here, META)
