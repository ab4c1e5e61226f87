#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_zubinpotok_agency", "Kosova News Agency (KNA)", "2026-05-14", "https://kna.example/en/security/2026/05/14/police-officer-killed-bomb-patrol-zubin-potok"),
    ("a2_zubinpotok_telegram_claim", "Sever Info", "2026-05-15", "https://severinfo.example/en-auto/kosovo/2026/05/15/severni-stit-preuzima-odgovornost-gazivode"),
    ("a3_zubinpotok_weekly", "Donau Review", "2026-05-19", "https://donaureview.example/en/balkans/analysis/second-funeral-lake-road-kosovo-north"),
    ("b1_sierraleone_ministry", "Ministry of Information and Civic Education of Sierra Leone", "2026-07-12", "https://mice.gov.sl.example/press-releases/2026/07/12/government-condemns-attacks-police-stations-kenema-bo"),
    ("b2_sierraleone_daily", "The Salone Tribune", "2026-07-14", "https://salonetribune.example/provinces/2026/07/14/kenema-toll-rises-to-five-wounded-officer-dies"),
    ("c1_dominican_police_bulletin", "Policía Nacional de la República Dominicana", "2026-09-07", "https://policianacional.do.example/en/news/2026/09/07/weekend-bulletin-santiago-san-francisco-la-romana"),
    ("c2_santiago_daily", "El Vigía del Cibao", "2026-09-08", "https://vigiadelcibao.example/en/sucesos/2026/09/08/teenager-wounded-cienfuegos-colmado-shooting-dies"),
    ("d1_plovdiv_liveblog", "BNTV Online", "2026-10-17", "https://bntv.example/en/live/2026-10-17-knife-attack-plovdiv-central-station"),
    ("d2_plovdiv_victims", "Maritsa Dnes", "2026-10-19", "https://maritsadnes.example/en/crime/2026/10/19/victims-of-the-station-city-remembers"),
    ("e1_adikeyh_state_agency", "Eritrea Press Service", "2026-11-19", "https://eps.er.example/statements/2026/11/19/ethiopian-army-shells-village-near-adi-keyh"),
    ("e2_adikeyh_radio_transcript", "Radio Hidmo International", "2026-11-22", "https://radiohidmo.example/transcripts/weekly-horn-review-2026-11-22-mai-habar"),
    ("f1_mongolia_explosives", "The Steppe Herald", "2026-12-01", "https://steppeherald.example/mining/2026/12/01/police-seize-explosives-gold-diggings-omnogovi"),
]
write_articles(here, META)
