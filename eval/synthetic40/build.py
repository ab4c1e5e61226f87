#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_tutong_embassy_alert", "Embassy of the Republic of Norvania in Brunei Darussalam", "2026-08-11", "https://bsb.norvania-mfa.example/en/news-and-alerts/security-alert-2026-08-11-tutong-covered-market"),
    ("a2_tutong_market_news", "Borneo Daily Courier", "2026-08-12", "https://borneodailycourier.example/news/national/2026/08/12/tutong-market-blast-toll-rises-to-four-group-claims"),
    ("b1_allsaints_police_post", "Antigua & Barbuda Police – Community Relations Unit", "2026-05-22", "https://social.example/ABPoliceCommunity/posts/fatal-stabbing-all-saints-bus-station"),
    ("b2_allsaints_local_paper", "The Wadadli Observer-Times", "2026-05-23", "https://wadadliobservertimes.example/local/2026/05/23/man-34-killed-in-bus-station-stabbing-driver-among-injured"),
    ("c1_atua_tv_debate", "Moana Vision TV", "2026-10-06", "https://moanavision.example/en/transcripts/the-open-fale/2026-10-06-who-is-burning-our-churches"),
    ("c2_atua_church_fires_news", "Savali Nei Online", "2026-10-04", "https://savalinei.example/local/two-churches-burned-overnight-in-atua"),
    ("d1_tautira_wedding_news", "Tahiti Écho", "2026-07-19", "https://tahitiecho.example/en/faits-divers/2026/07/19/grenade-wedding-party-tahiti-iti-one-dead-nine-injured"),
    ("d2_tautira_hospital_statement", "Te Fare Ora General Hospital", "2026-07-20", "https://tefareora-hospital.example/en/newsroom/statement-medical-director-vaiotaha-wedding-attack"),
    ("e1_andorra_on_this_day", "Diari dels Valls", "2026-03-14", "https://diarivalls.example/en/hemeroteca/on-this-day-14-march"),
    ("e2_santjulia_petrol_station_report", "Pirineu Press", "2026-03-14", "https://pirineupress.example/news/2026/03/14/attendant-lorry-driver-named-victims-sant-julia-forecourt-shooting"),
    ("f1_funafuti_traffic_weather_live", "Fenua News Tuvalu", "2026-02-10", "https://fenuanews.example/en/live/2026-02-10-roads-and-weather"),
]
write_articles(here, META)
