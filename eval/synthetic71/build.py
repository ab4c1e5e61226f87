#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kouto_minignan_bilingual_release", "Service de communication des armées", "2021-11-14", "https://armees-communication.example/communiques/2021/11/14/047-kouto-minignan"),
    ("a2_kouto_minignan_flattened_table", "Savanes Watch", "2021-11-17", "https://savaneswatch.example/data/2021/11/17/kouto-minignan-what-we-know"),
    ("b1_hisor_fax_ocr", "Steppe Risk Advisory", "2006-10-16", "https://steppe-risk.example/archive/fax/2006/note-41-06-hisor.txt"),
    ("b2_hisor_mailing_list_digest", "CentAsia-Sec mailing list", "2006-10-17", "https://lists.steppenet.example/pipermail/centasia-sec/2006-October/digest-v11-29.txt"),
    ("c1_la_libertad_sms_alert_log", "AndesGuard Travel Safety", "2024-05-19", "https://andesguard.example/alerts/archive/ec-costa/2024-05-18-19"),
    ("c2_la_libertad_screen_reader", "Costa Pacífico Hoy", "2024-05-19", "https://costapacificohoy.example/santa-elena/2024/05/19/gunmen-kill-five-la-libertad"),
    ("d1_ankazoabo_newsroom_yaml", "Kiosque Sud-Ouest", "2012-09-19", "https://kiosque-sudouest.example/export/records/2012-0919-0457.yaml"),
    ("d2_ankazoabo_qp_newsletter", "Friends of the Onilahy", "2012-09-27", "https://onilahyfriends.example/letters/2012-09.eml"),
    ("e1_kundiawa_tv_subtitles", "Highlands Nius TV", "2019-07-18", "https://highlandsnius.example/tonight/2019-07-18/pmv-ambush-kundiawa.srt"),
    ("e2_kundiawa_memorial_ics", "St Columba Parish Kundiawa", "2019-11-04", "https://stcolumba-kundiawa.example/events/memorial-highway-2019.ics"),
    ("f1_cesis_film_shoot_markdown", "Cēsu Vēstis", "2016-08-08", "https://cesuvestis.example/news/2016/08/08/film-crew-explosions-old-town"),
]
write_articles(here, META)
