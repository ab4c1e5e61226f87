#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_say_tillaberi_wire_update3", "Sahel Wire Service", "2026-02-11", "https://sahelwireservice.example/world/africa/2026/02/11/update-3-niger-gunmen-kill-17-army-base-gendarmerie"),
    ("a2_say_tillaberi_ngo_press_release", "Soins Sans Frontières du Fleuve", "2026-02-13", "https://ssff.example/en/newsroom/press-releases/2026-02-13-niger-say-health-centre-burned"),
    ("b1_moyale_police_statement", "National Police Service, Marsabit County Command", "2026-04-19", "https://nps-marsabit.example/press/2026/031-moyale-aid-workers-abducted-appeal"),
    ("b2_moyale_bail_hearing_report", "The Northern Courier", "2026-04-28", "https://northerncourier.example/courts/2026/04/28/moyale-abduction-suspects-denied-bail"),
    ("c1_balad_news_aggregator", "NewsPulse", "2026-06-12", "https://newspulse.example/coverage/iraq-balad-market-explosion-2026-06-11"),
    ("c2_balad_fact_check", "Haqiqa Check", "2026-06-15", "https://haqiqacheck.example/en/checks/2026/06/15/balad-market-bomb-40-dead-false"),
    ("d1_juticalpa_radio_station_page", "Olancho Stereo 98.1 FM", "2026-08-04", "https://olanchostereo.example/en/noticias/2026/08/04/radio-presenter-shot-dead-juticalpa"),
    ("d2_juticalpa_magazine_longread", "El Faro Semanal", "2026-08-15", "https://elfarosemanal.example/en/long-reads/612/silence-after-the-call-in-show"),
    ("e1_shwebo_amp_page", "Irrawaddy Pulse", "2026-09-20", "https://irrawaddypulse.example/amp/en/2026/09/20/drone-shells-monastery-school-shwebo"),
    ("e2_shwebo_forum_thread", "SagaingTalk Community Forums", "2026-09-22", "https://sagaingtalk.example/forums/shwebo-district/threads/nyaung-pin-thar-monastery-8-dead.40211"),
    ("f1_mackay_insurer_claims_notice", "Coral Coast Mutual Insurance", "2026-11-05", "https://coralcoastmutual.example/claims/notices/ccm-qld-2026-114-mackay"),
]
write_articles(here, META)
