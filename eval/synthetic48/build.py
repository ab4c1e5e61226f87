#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_saravena_observer_interim_report", "Misión Cívica de Observación Electoral del Sarare", "2026-02-13", "https://mcoes.example/en/reports/2026/interim-report-2-saravena-special-election"),
    ("a2_saravena_tv_autocaption", "TeleSarare Noticias", "2026-02-11", "https://telesarare.example/videos/2026/02/11/explosiones-saravena-registraduria-estacion-policia"),
    ("b1_pemba_financial_news", "Mining & Markets Daily", "2026-06-05", "https://miningmarketsdaily.example/companies/2026/06/05/lurio-graphite-shares-slide-pemba-attack"),
    ("b2_pemba_ngo_field_diary", "Maré Viva Saúde", "2026-06-12", "https://mareviva-saude.example/en/blog/field-diary-pemba-after-nacuta"),
    ("c1_kosti_embassy_security_alert", "Embassy of Norland to Sudan", "2026-07-20", "https://norland-embassy-sudan.example/en/travel-advice/security-alert-2026-07-20-kosti"),
    ("c2_kosti_press_review", "Nile Press Digest", "2026-07-21", "https://nilepressdigest.example/review/2026/07/21/kosti-counts-its-dead"),
    ("d1_taloqan_obituary_condolences", "Remember.af", "2026-09-14", "https://remember-af.example/memorials/habibullah-sarwari-1991-2026"),
    ("d2_taloqan_correspondent_qa", "Hindu Kush Observer", "2026-09-16", "https://hindukushobserver.example/ask-our-correspondent/2026/09/16/radio-sada-e-kokcha"),
    ("e1_ataq_blog_forwarded_message", "Letters from Shabwa", "2026-11-03", "https://lettersfromshabwa.example-blogs.example/2026/11/03/abducted-outside-ataq"),
    ("e2_ataq_rss_feed_dump", "Hadramawt Coast News", "2026-11-04", "https://hadramawtcoast.example/yemen/feed.rss"),
    ("f1_hamar_letter_to_editor", "Mjøsposten", "2026-01-22", "https://mjosposten.example/meninger/leserbrev/2026/01/22/varsle-oss-for-ovelsen"),
]
write_articles(here, META)
