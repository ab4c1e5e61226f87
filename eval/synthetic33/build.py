#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_flacq_market_hansard", "National Assembly of Mauritius", "2026-04-14", "https://mauritiusassembly-hansard.example/debates/5th-session/sitting-9/2026-04-14/statement-centre-de-flacq-market"),
    ("a2_flacq_market_grenade_news", "L'Écho de l'Est", "2026-04-13", "https://echodelest.example/faits-divers/2026/04/13/grenade-centre-de-flacq-market-three-dead"),
    ("b1_nimba_school_police_briefing", "Liberia Public Affairs Digest", "2026-10-08", "https://lrpublicaffairs.example/transcripts/lnp/2026-10-08-press-conference-zeaglay-nuah-school"),
    ("b2_nimba_school_machete_radio", "Radio Yekepa FM", "2026-10-06", "https://radioyekepa.example/news/2026/10/06/cutlass-attack-zeaglay-nuah-school"),
    ("c1_inland_asia_weekly_sitrep", "Inland Asia Humanitarian Access Network", "2026-02-16", "https://iahan.example/sitreps/laos-mongolia/2026/no-7-9-15-february"),
    ("c2_phonsavan_convoy_ambush_news", "Mekong Daily Post", "2026-02-13", "https://mekongdailypost.example/laos/2026/02/13/two-soldiers-killed-convoy-ambush-phonsavan"),
    ("d1_darhan_bar_verdict", "Steppe Herald", "2026-11-18", "https://steppeherald.example/society/courts/2026/11/18/darkhan-bar-gunman-jailed-20-years"),
    ("d2_darhan_bar_shooting_2024_archive", "Steppe Herald", "2024-09-22", "https://steppeherald.example/society/crime/2024/09/22/man-shot-dead-darkhan-karaoke-bar"),
    ("e1_levuka_ferry_office_social_embeds", "Pacific Pulse", "2026-05-13", "https://pacificpulse.example/trending/fiji/2026/05/13/levuka-ferry-office-fire-social-media"),
    ("e2_levuka_ferry_office_denial", "The Suva Observer", "2026-05-14", "https://suvaobserver.example/national/2026/05/14/brotherhood-denies-levuka-arson"),
    ("f1_borgo_maggiore_fireworks_accident", "Titano Today", "2026-07-26", "https://titanotoday.example/news/borgo-maggiore/2026/07/26/firework-rocket-crowd-three-hurt"),
]
write_articles(here, META)
