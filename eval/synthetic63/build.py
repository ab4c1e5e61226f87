#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_gaya_dosso_security_daily_advisory", "Harmattan Shield Consulting", "2019-03-13", "https://harmattanshield.example/advisories/west-africa/2019-03-13"),
    ("a2_gaya_dosso_sms_alerts", "SahelAlert", "2019-03-12", "https://sahelalert.example/archive/2019/03/12/gaya-dosso"),
    ("b1_bunia_ocr_typed_report", "Ituri Civil Society Desk", "2010-08-23", "https://ituricivilsociety.example/archive/scans/ics-2010-0417"),
    ("b2_bunia_mission_letter", "Friends of the Ituri Mission", "2010-08-31", "https://friendsofituri.example/letters/2010/08/we-buried-eight-of-our-neighbours"),
    ("c1_hakha_machine_translated", "Chinland Morning Voice", "2024-01-17", "https://chinlandmorningvoice.example/en-auto/2024/01/17/tlangpi-church-bomb"),
    ("c2_hakha_social_thread", "Chin Human Rights Watchers", "2024-01-18", "https://threadreader.example/chinwatchdesk/tlangpi-update-18-jan-2024"),
    ("d1_wajir_list_of_attacks_2013", "OpenAnnals", "2013-06-15", "https://openannals.example/wiki/List_of_attacks_in_Kenya_in_2013"),
    ("d2_wajir_malindi_travel_advisory", "Veltria Ministry of External Affairs", "2013-06-12", "https://mea.veltria.example/travel-advice/kenya"),
    ("e1_rafah_court_judgment", "Sinai Law Reports Online", "2016-05-24", "https://sinailawreports.example/judgments/2016/slro-77-rafah-checkpoint"),
    ("e2_rafah_email_newsletter", "Sinai Brief", "2015-10-17", "https://sinaibrief.example/issues/118"),
    ("f1_timaru_markdown_incident_note", "PrimePort Timaru", "2021-05-20", "https://notices.primeport-timaru.example/2021/inc-2021-044-sea-mine"),
]
write_articles(here, META)
