#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_zhob_loralai_wire_update2", "Indus Courier Wire", "2013-09-18", "https://induscourier.example/world/pakistan-balochistan-bombings-update-2-2013-09-18"),
    ("a2_zhob_loralai_tv_live_blog", "Kohsar News TV", "2013-09-17", "https://kohsarnewstv.example/live/2013/09/17/blasts-zhob-loralai"),
    ("b1_tougan_translated_agency_brief", "Agence Sahel Dépêches", "2019-11-24", "https://sahel-depeches.example/en/flash/2019/11/24/burkina-sissile-tougan-marche"),
    ("b2_tougan_ngo_press_release", "Sahel Emergency Care Alliance", "2019-11-28", "https://seca.example/press-room/2019/11/28/sourou-sissile-market"),
    ("c1_valencia_photo_gallery", "El Heraldo Sinuano", "2011-03-07", "https://heraldosinuano.example/galleries/2011/03/07/car-bomb-valencia-cordoba"),
    ("c2_valencia_opinion_column", "La Tribuna del Caribe", "2011-08-20", "https://tribunadelcaribe.example/opinion/ortega-bustillo/the-forgotten-bomb-of-valencia"),
    ("d1_sai_buri_newsletter_digest", "The Southern Desk", "2007-05-14", "https://southerndesk.example/newsletter/2007-05-14-issue-212"),
    ("d2_sai_buri_amp_page", "Andaman Pulse", "2007-05-13", "https://andamanpulse.example/amp/south/2007/05/13/bomb-sai-buri-tea-shop"),
    ("e1_kumbo_print_edition", "The Nso Highlander", "2021-10-17", "https://nsohighlander.example/epaper/2021-10-17/page-a1"),
    ("e2_kumbo_teacher_obituary", "The Nso Highlander", "2021-10-24", "https://nsohighlander.example/obituaries/2021/10/24/emmanuel-fonyuy-kiven"),
    ("f1_tomar_film_shoot_podcast", "Ribatejo em Conversa", "2024-04-12", "https://ribatejoemconversa.example/episodes/143-the-day-a-car-blew-up-in-tomar"),
]
write_articles(here, META)
