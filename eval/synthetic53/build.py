#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_izaz_consultancy_daily_brief", "Halvard Risk Partners", "2026-02-16", "https://halvardrisk.example/portal/daily-brief/mena/2026-02-16-edition-0412"),
    ("a2_izaz_translated_agency_dispatch", "Agence Levant Presse", "2026-02-13", "https://agencelevantpresse.example/en/depeches/2026/02/13/syria-two-explosions-azaz-at-least-seven-dead"),
    ("b1_fada_press_freedom_alert", "Voices Unbound", "2026-05-18", "https://voicesunbound.example/en/alerts/2026/05/18/burkina-faso-community-radio-presenter-killed-nagbanli"),
    ("b2_fada_travel_advisory_update", "Ministry of External Relations", "2026-05-21", "https://externalrelations.example/travel/advice/burkina-faso"),
    ("c1_isiolo_hospital_update", "Mount Kenya East Referral Hospital", "2026-06-11", "https://mkerh-meru.example/news/2026/06/11/public-update-3-isiolo-matatu-stage-patients"),
    ("c2_isiolo_parliament_questions", "Parliament of Kenya (Hansard)", "2026-06-17", "https://parliament-ke.example/hansard/national-assembly/2026-06-16/questions/0318"),
    ("d1_monywa_podcast_show_notes", "The Chindwin Hour", "2026-09-25", "https://chindwinhour.example/episodes/87-a-tea-shop-on-bogyoke-road"),
    ("d2_monywa_weekly_print_digest", "The Upper Burma Weekly", "2026-09-24", "https://upperburmaweekly.example/en/print/2026/issue-38-digest"),
    ("e1_bali_school_newsletter", "St. Gideon Comprehensive College", "2026-11-13", "https://stgideon-bali.example/newsletter/term1-no4-2026-11-13"),
    ("e2_bali_community_forum_thread", "NorthWest Connect forum", "2026-11-04", "https://northwestconnect.example/forums/security/bamenda-mezam/t/48213-gunmen-took-principal-students-bali"),
    ("f1_bodo_blasting_fact_check", "Faktasjekk Nord", "2026-03-20", "https://faktasjekknord.example/en/fact-checks/2026/03/20/bodo-harbour-terror-attack-claim-false"),
]
write_articles(here, META)
