#!/usr/bin/env python3
"""Builds articles.jsonl from articles/*.txt (the texts written by us; see README.md)."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import write_articles
META = [
    ("a1_kiffa_selibaby_whatsapp_export", "Correspondants Assaba-Guidimaka (WhatsApp group)", "2015-04-23", "https://chat-archive.example/mr/correspondants-assaba-guidimaka/2015-04-23.txt"),
    ("a2_kiffa_selibaby_json_api", "Sahel Dépêches", "2015-04-25", "https://api.sahel-depeches.example/v2/stories/2015/04/25/kiffa-selibaby-bilan?lang=en"),
    ("b1_uzgen_pdf_two_columns", "Ferghana Watch", "2013-06-11", "https://ferghanawatch.example/bulletins/2013/fvm-23-2013.pdf.txt"),
    ("b2_uzgen_teletext", "KTR Tekst", "2013-06-10", "https://ktr-tekst.example/archive/2013-06-10/p142.txt"),
    ("c1_siuna_rio_blanco_csv_log", "Observatorio Caribe Norte de Violencia", "2022-01-17", "https://ocnv.example/registro/export/2022-01-17.csv.txt"),
    ("c2_siuna_rss_feed", "Radio La Mina Siuna", "2022-01-16", "https://radiolamina.example/feed/rss1/"),
    ("d1_chipinge_hospital_sitrep", "Manicaland Provincial Medical Directorate", "2016-10-08", "https://pmd-manicaland.example/board/sitreps/2016-10-08-chipinge-mc2-01.txt"),
    ("d2_chipinge_court_docket", "Judicial Service Commission cause lists (mirror)", "2016-10-19", "https://jsc-rolls.example/manicaland/chipinge/inquests/2016-10-19"),
    ("e1_quthing_podcast_transcript", "Mountain Kingdom Weekly", "2021-08-24", "https://mountainkingdomweekly.example/episodes/87-quthing-vigil/transcript"),
    ("e2_quthing_wiki_source", "KingdomWiki", "2021-09-02", "https://kingdomwiki.example/w/index.php?title=2021_Quthing_vigil_shooting&action=edit&oldid=48213"),
    ("f1_kotka_gemini_page", "kymenlaakso.log", "2019-05-20", "https://kymenlaakso-log.example/2019/05/kotka-bangs.gmi"),
]
write_articles(here, META)
