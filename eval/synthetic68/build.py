#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kokand_chust_wire_update2", "Steppe Wire Service", "2012-03-15", "https://steppewire.example/world/asia/2012/03/15/uzbekistan-blasts-update-2"),
    ("a2_kokand_chust_live_blog", "Valley Today", "2012-03-16", "https://valleytoday.example/live/2012/03/15/kokand-chust-attacks"),
    ("b1_torit_maridi_regional_aggregator", "EquatoriaFeed", "2017-08-10", "https://equatoriafeed.example/top/2017-08-10"),
    ("b2_torit_rights_group_statement", "Horn and Lakes Rights Watch", "2017-08-15", "https://hlrw.example/statements/2017/08/south-sudan-investigate-lotukei-killings"),
    ("c1_mango_ministry_press_release", "Ministry of Security and Civil Protection (Togo)", "2023-02-12", "https://mspc.example/en/press-releases/2023/014-attack-koulbouga"),
    ("c2_mango_court_report", "Le Courrier du Golfe", "2023-10-19", "https://courrierdugolfe.example/en/justice/2023/10/19/koulbouga-trial-fuel-seller"),
    ("d1_salt_match_postponed_sports", "Jordan Pitchside", "2019-11-09", "https://jordanpitchside.example/pro-league/2019/11/09/rangers-hawks-postponed-salt"),
    ("d2_salt_analysis_opinion", "The Levant Ledger", "2019-11-13", "https://levantledger.example/analysis/2019/11/13/salt-bomb-warning"),
    ("e1_semporna_crime_page", "Borneo Daily Express-Line", "2006-05-22", "https://borneodailyexpressline.example/crime/2006/05/22/three-shot-dead-semporna-restaurant"),
    ("e2_semporna_photo_gallery", "Sabah Snapshot", "2006-05-26", "https://sabahsnapshot.example/galleries/2006/05/26/semporna-waterfront-after-shooting"),
    ("f1_bodo_controlled_detonation_tv", "NordlandTV", "2025-04-03", "https://nordlandtv.example/en/video/2025/04/03/wartime-bomb-bodo-harbour-destroyed"),
]
write_articles(here, META)
