#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_ansongo_bourem_flash_update", "Humanitarian Coordination Portal", "2019-10-16", "https://hcportal.example/mali/flash-updates/2019-10-16-ansongo-bourem-no1"),
    ("a2_ansongo_bourem_channel_export", "Sahel Open Sources", "2019-10-18", "https://sahelopensources.example/channels/gao-info-express/2019-10-15-17"),
    ("b1_dhamar_sitrep_pdf", "Yemen Highlands Protection Cluster", "2015-11-24", "https://yhpc.example/library/2015/sitrep-dhamar-no2.txt"),
    ("b2_dhamar_forum_thread", "YemenTalk Forums", "2015-11-19", "https://yementalk.example/forum/news/dhamar/thread-88412"),
    ("c1_gaya_control_room_log", "District Police Gaya", "2008-06-15", "https://gayapolice.example/control-room-log/2008-06-14"),
    ("c2_gaya_radio_phone_in", "Magadh FM 94.6", "2008-06-16", "https://magadhfm.example/shows/subah-savera/2008-06-16-karmauli"),
    ("d1_ghazni_incident_record", "Afghan Road Safety Observatory", "2012-08-18", "https://arso.example/db/record/ARSO-2012-0817"),
    ("d2_ghazni_timeline", "Ghazni Week", "2012-08-18", "https://ghazniweek.example/timelines/2012-08-18-highway-abduction"),
    ("e1_sirte_working_paper", "Centre for Mediterranean Governance Studies", "2022-05-23", "https://cmgs.example/working-papers/wp-22-07-sirte"),
    ("e2_sirte_written_question", "Chamber Papers Online", "2023-02-02", "https://chamberpapers.example/written-questions/2023-01-19/14562"),
    ("f1_kamloops_claims_summary", "Northbank Mutual", "2024-09-27", "https://northbankmutual.example/claims/NBM-BC-24-0917733/summary"),
]
write_articles(here, META)
