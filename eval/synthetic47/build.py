#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_manbij_jarabulus_live_ticker", "Levant Today TV", "2026-03-27", "https://levanttoday.example/en/live/2026/03/26/explosions-manbij-jarabulus"),
    ("a2_manbij_jarabulus_diaspora_site", "Furat Diaspora Net", "2026-03-28", "https://furatdiaspora.example/en/home-news/2026/03/28/manbij-jarabulus-mourn-ten-dead"),
    ("b1_kabalo_parliament_questions", "Assemblée nationale (verbatim record)", "2026-05-21", "https://assemblee-nationale.example/en/records/2026-05-20/oral-questions-lubuye-kabalo"),
    ("b2_kabalo_hospital_bulletin", "Hôpital Général de Référence de Kalemie", "2026-05-22", "https://hgr-kalemie.example/en/news/2026-05-22-bulletin-3-patients-lubuye"),
    ("c1_mokolo_travel_advisory", "Travel.gov.example", "2026-02-13", "https://travel.gov.example/countries/cameroon/safety-and-security"),
    ("c2_mokolo_security_daily_brief", "Lake Chad Risk Desk", "2026-02-11", "https://lakechadriskdesk.example/briefs/2026/029-daily-security-brief"),
    ("d1_altamira_football_club_statement", "Xingu Futebol Clube", "2026-06-21", "https://xingufc.example/noticias/2026/06/21/nota-oficial-tiao-barbosa"),
    ("d2_altamira_podcast_show_notes", "Rio Acima Podcast", "2026-06-26", "https://rioacima.example/episodes/87-what-a-shot-altamira"),
    ("e1_sungai_kolok_print_edition", "Southern Star Daily", "2026-08-11", "https://southernstar.example/epaper/2026/08/11/page-1-4"),
    ("e2_sungai_kolok_agency_factbox", "Asia Pacific Wire Service", "2026-08-14", "https://apws.example/asia/2026/08/14/factbox-recent-attacks-thailand-deep-south"),
    ("f1_celle_school_board_notice", "Schulverbund Celle-Altstadt", "2026-09-15", "https://schulverbund-celle.example/elternportal/2026-09-15-bomb-disposal-thursday"),
]
write_articles(here, META)
