#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_sibut_damara_telegram_dump", "Kémo Alerte (Telegram)", "2019-04-15", "https://kemoalerte.example/channel/export/2019-04-15"),
    ("a2_sibut_damara_ngo_incident_log", "Humanitarian Access Network – Centre", "2019-04-18", "https://han-centre.example/tables/incident-log-kemo-ombella-mpoko-2019-03-04-v4"),
    ("b1_khash_machine_translated", "Sarhad Akhbar", "2010-11-17", "https://sarhadakhbar.example/en-auto/province/88-0825-4471"),
    ("b2_khash_video_subtitles", "Baluch Watch TV", "2010-11-18", "https://baluchwatch.example/videos/khash-ambush-report/subtitles/en.srt"),
    ("c1_vavuniya_encyclopedia_article", "Open Chronicle Encyclopedia", "2007-02-10", "https://openchronicle.example/wiki/Thenmarai_bus_bombing"),
    ("c2_vavuniya_parliament_record", "Parliamentary Record Digital Archive (Sri Lanka)", "2006-09-19", "https://lk-parliament-archive.example/record/vol171/no9/2006-09-19"),
    ("d1_pekalongan_markdown_digest", "Archipelago Conflict Institute", "2016-08-19", "https://archipelagoconflict.example/weekly/2016/32"),
    ("d2_pekalongan_forum_thread", "JavaExpats Board", "2016-08-17", "https://javaexpats.example/forum/pekalongan/safety/thread-8841-explosion-police-post-roundabout"),
    ("e1_trujillo_email_newsletter", "ATNL Bulletin", "2024-10-18", "https://atnl-transportistas.example/lists/socios/2024-10/msg00412.txt"),
    ("e2_trujillo_amp_page", "NorteDigital", "2024-10-17", "https://nortedigital.example/amp/la-libertad/2024/10/17/dinamita-cochera-linea-celeste-trujillo"),
    ("f1_wels_sms_alerts", "Stadt Wels Warn-SMS", "2025-06-04", "https://wels-warnsms.example/en/archive/2025-06-04-fliegerbombe-vogelweide"),
]
write_articles(here, META)
