#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_weno_market_news", "Kaselehlie Press Online", "2026-03-10", "https://kaselehliepress.example/states/chuuk/2026/03/10/vendor-killed-four-hurt-machete-weno-market"),
    ("a2_written_question_answer", "Congress of the Federated States of Micronesia", "2026-03-18", "https://fsmcongress.example/written-questions/wq-24-117"),
    ("b1_typhoon_live_blog", "Marianas Daybreak", "2026-08-22", "https://marianasdaybreak.example/live/2026/08/22/typhoon-halia-guam-live"),
    ("b2_dededo_shooting_followup", "Guam Nightly News", "2026-08-23", "https://guamnightlynews.example/local/crime/2026/08/23/gang-denies-role-relief-hall-shooting"),
    ("c1_press_review_papers", "KHJ Radio 93.1 Tutuila", "2026-05-08", "https://khjtutuila.example/news/press-review/2026-05-08"),
    ("c2_fagatogo_ferry_arson", "Samoa Tide", "2026-05-07", "https://samoatide.example/local-news/2026/05/07/fire-guts-ferry-terminal-waiting-room-fagatogo"),
    ("d1_timeline_2026_marshall", "Pacipedia", "2026-12-01", "https://pacipedia.example/wiki/2026_in_the_Marshall_Islands"),
    ("d2_majuro_ebeye_police_posts", "Majuro Islander", "2026-06-16", "https://majuroislander.example/nation/2026/06/16/officers-killed-bomb-attacks-police-posts-majuro-ebeye"),
    ("e1_koror_forum_thread", "BelauTalk Forums", "2026-10-04", "https://belautalk.example/forums/local-news/shooting-at-club-ngerbeched-last-night.18842/"),
    ("e2_koror_police_release", "Bureau of Public Safety, Palau", "2026-10-04", "https://bps-palau.example/press-releases/bps-pr-2026-0419"),
    ("f1_school_newsletter_tarawa", "St Aloysius Junior Secondary School", "2026-11-20", "https://staloysius-bikenibeu.example/newsletters/2026-term4-week6"),
]
write_articles(here, META)
